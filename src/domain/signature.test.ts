import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  deadlineEnd,
  denyMatcher,
  DenyRuleInputSchema,
  namePatternTest,
  networkPrefix,
  parseCidr,
  signingOpen,
} from './signature.ts';
import { foldText } from '../text/fold.ts';

describe('signature rules', () => {
  it('keeps only the /24 or /48 network of an address', () => {
    assert.equal(networkPrefix('203.0.113.77'), '203.0.113.0/24');
    assert.equal(networkPrefix('::ffff:203.0.113.77'), '203.0.113.0/24');
    assert.equal(networkPrefix('2001:db8:abcd:12::1'), '2001:db8:abcd::/48');
    assert.equal(networkPrefix('2001:db8::1'), '2001:db8:0::/48');
    assert.equal(networkPrefix('not an ip'), undefined);
  });

  it('parses CIDR ranges and single addresses', () => {
    assert.deepEqual(parseCidr('203.0.113.0/24'), { address: '203.0.113.0', prefix: 24, family: 'ipv4' });
    assert.deepEqual(parseCidr('2001:DB8::/32'), { address: '2001:db8::', prefix: 32, family: 'ipv6' });
    assert.equal(parseCidr('10.0.0.1')?.prefix, 32);
    for (const bad of ['10.0.0.0/33', '10.0.0/8', 'example.org', '10.0.0.0/8/1', '10.0.0.0/x'])
      assert.equal(parseCidr(bad), undefined, bad);
    assert.equal(DenyRuleInputSchema.parse({ kind: 'ip_range', value: ' 10.1.2.3 ' }).value, '10.1.2.3/32');
    assert.equal(DenyRuleInputSchema.safeParse({ kind: 'email_domain', value: 'not a domain' }).success, false);
  });

  it('matches deny rules by range and by domain, subdomains included', () => {
    const m = denyMatcher([
      { kind: 'ip_range', value: '203.0.113.0/24' },
      { kind: 'ip_range', value: '2001:db8::/32' },
      { kind: 'email_domain', value: 'spam.example' },
    ]);
    assert.equal(m.ipDenied('203.0.113.9'), true);
    assert.equal(m.ipDenied('::ffff:203.0.113.9'), true);
    assert.equal(m.ipDenied('203.0.114.9'), false);
    assert.equal(m.ipDenied('2001:db8:1::5'), true);
    assert.equal(m.domainDenied('spam.example'), true);
    assert.equal(m.domainDenied('mx.spam.example'), true);
    assert.equal(m.domainDenied('notspam.example'), false);
  });

  it('matches name patterns on folded names', () => {
    const t = namePatternTest('*bot*', foldText);
    assert.equal(t('Super BOT 3000'), true);
    assert.equal(t('Anna'), false);
    assert.equal(namePatternTest('Öz*', foldText)('oz demir'), true);
    assert.equal(namePatternTest('a.b', foldText)('axb'), false, 'pattern text is literal');
  });

  it('is open only when published, public, enabled, not paused and before the end of the deadline day', () => {
    const open = {
      status: 'published',
      confidentiality: 'public',
      publicSigning: true,
      signingPaused: false,
      deadline: '2014-12-05',
    };
    assert.equal(signingOpen(open, new Date('2014-12-05T23:59:59Z')), true);
    assert.equal(signingOpen(open, new Date('2014-12-06T00:00:00Z')), false);
    assert.equal(signingOpen({ ...open, deadline: null }, new Date('2030-01-01')), true);
    for (const over of [
      { status: 'closed' },
      { confidentiality: 'internal' },
      { publicSigning: false },
      { signingPaused: true },
    ]) {
      assert.equal(signingOpen({ ...open, ...over }, new Date('2014-12-01')), false, JSON.stringify(over));
    }
    assert.equal(deadlineEnd('2014-12').toISOString(), '2015-01-01T00:00:00.000Z');
    assert.equal(deadlineEnd('2014').toISOString(), '2015-01-01T00:00:00.000Z');
  });
});
