// Uploading and downloading a source's original file. Downloads are always attachments: never rendered by the browser.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachSourceFile } from '../commands/sources/attach-source-file.ts';
import { sourceDef } from '../records/registry.ts';
import { AppError } from '../errors.ts';
import { getRecord } from '../queries/records/get-record.ts';
import type { AppDeps } from '../deps.ts';
import { ctxOf } from '../http/plugins/auth.ts';
import { presentRecord } from './presenters/record.presenter.ts';
import { DataSchema, ErrorResponses } from './schemas.ts';

const Params = z.object({ id: z.string().min(1).max(200) });
const UploadQuery = z.object({ name: z.string().max(300).optional().describe('Original file name') });

/** Registers PUT and GET /api/v1/sources/:id/file. */
export async function registerSourceFileRoutes(root: FastifyInstance, deps: AppDeps): Promise<void> {
  await root.register(async (scope) => {
    // Inside this scope only, any body is taken as a raw stream: the original is stored byte for byte.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, payload, done) => done(null, payload));
    const app = scope.withTypeProvider<ZodTypeProvider>();

    app.put(
      '/api/v1/sources/:id/file',
      {
        schema: {
          tags: ['sources'],
          summary: 'Upload the original file of a source (raw body)',
          params: Params,
          querystring: UploadQuery,
          response: { 200: DataSchema, ...ErrorResponses },
          security: [{ bearer: [] }],
        },
        bodyLimit: deps.config.maxUploadBytes,
      },
      async (request) => {
        const declared = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
        const mediaType =
          declared && /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(declared) ? declared : 'application/octet-stream';
        const source = await attachSourceFile(ctxOf(request, deps), request.params.id, request.raw, {
          name: request.query.name ?? 'original',
          mediaType,
        });
        return { data: presentRecord('source', source, request.actor, false) };
      },
    );
  });

  root.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/sources/:id/file',
    {
      schema: {
        tags: ['sources'],
        summary: 'Download the original file of a source (always as an attachment)',
        params: Params,
      },
    },
    async (request, reply) => {
      const source = await getRecord(ctxOf(request, deps), sourceDef, request.params.id);
      if (!source.file || !deps.files.has(source.file.sha256))
        throw new AppError('not_found', 'This source has no stored file');
      const ascii = source.file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      return reply
        .header('content-type', 'application/octet-stream')
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(source.file.name)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('repr-digest', `sha-256=:${Buffer.from(source.file.sha256, 'hex').toString('base64')}:`)
        .header('content-length', String(source.file.size))
        .send(deps.files.open(source.file.sha256));
    },
  );
}
