// The baselines of the HTTP benchmarks: a bare Fastify server (no plugins but @fastify/static, no logger, no database).
// - GET on each path in BENCH_BODIES_FILE answers with that path's JSON body, parsed once at start and serialised per
//   request just as a real handler's result would be (list latency);
// - POST /api/v1/appeals/:id/signatures parses the JSON body and answers 202 with a fixed JSON object, doing nothing
//   else (the "bare JSON POST handler" of the sign-on target);
// - with BENCH_STATIC_FILE, GET /static/<its name> is that file served by @fastify/static (the appeal page's baseline).
// Prints {"url": …} on stdout once it listens (PORT=0 picks a free port).
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const file = process.env.BENCH_BODIES_FILE;
if (file) {
  const bodies = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [route, body] of Object.entries(bodies)) {
    const value = JSON.parse(body) as unknown;
    app.get(route, async () => value);
  }
}
const answer = {
  data: {
    status: 'check_email',
    message: 'Thank you. To count, your signature must be confirmed with the link we have sent by email.',
  },
};
app.post('/api/v1/appeals/:id/signatures', async (_request, reply) => reply.status(202).send(answer));
const staticFile = process.env.BENCH_STATIC_FILE;
if (staticFile) await app.register(fastifyStatic, { root: path.dirname(path.resolve(staticFile)), prefix: '/static/' });

const url = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url })}\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void app.close().then(() => process.exit(0)));
