// Headless Chromium from the system (never a downloaded browser). Missing Chromium skips, unless VIGIL_REQUIRE_BROWSER=1.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { REQUIRE_BROWSER } from './env.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable, if one is installed. */
export function chromiumPath(): string | undefined {
  return CANDIDATES.find((p) => fs.existsSync(p));
}

/** Why browser tests cannot run here, or undefined when they can; throws when they are required. */
export function browserSkipReason(): string | undefined {
  if (chromiumPath()) return undefined;
  if (REQUIRE_BROWSER) throw new Error('VIGIL_REQUIRE_BROWSER=1 but no Chromium was found (apt-get install chromium)');
  return 'Chromium is not installed';
}

/** Launches headless Chromium with the flags a closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium is not installed');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
