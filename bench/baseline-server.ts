// The baseline for the API latency benchmark: a bare Fastify server (no plugins, no logger, no database) that answers
// GET on each path in BENCH_BODIES_FILE with that path's JSON body, parsed once at start and serialised per request
// just as a real handler's result would be. Prints {"url": …} on stdout once it listens (PORT=0 picks a free port).
import fs from 'node:fs';
import Fastify from 'fastify';

const file = process.env.BENCH_BODIES_FILE;
if (!file) throw new Error('BENCH_BODIES_FILE is not set');
const bodies = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;

const app = Fastify({ logger: false });
for (const [route, body] of Object.entries(bodies)) {
  const value = JSON.parse(body) as unknown;
  app.get(route, async () => value);
}
const url = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url })}\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close().then(() => process.exit(0)));
