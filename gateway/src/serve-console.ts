import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { Refusal, sendRefusal } from './access/refusal';

/**
 * Serves the console's production build at `/`. Paths that are not files fall
 * back to index.html (client-side routes), except under the origin's API paths
 * (`apiPaths`, e.g. `/graphql`), which get a JSON 404, as does any method but GET.
 */
export async function serveConsole(
  app: FastifyInstance,
  consoleDir: string,
  apiPaths: readonly string[],
) {
  const index = path.join(consoleDir, 'index.html');
  if (!existsSync(index)) {
    app.log.warn({ consoleDir }, 'console build not found: run `pnpm build:console`');
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain')
        .send('The console has not been built. Run `pnpm build:console`, then reload.'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: consoleDir, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    const { pathname } = new URL(request.url, 'http://origin');
    const isApi = apiPaths.some((api) => pathname === api || pathname.startsWith(`${api}/`));
    if (request.method !== 'GET' || isApi) {
      return sendRefusal(
        reply,
        new Refusal(404, `No route for ${request.method} ${request.url}`, { code: 'NOT_FOUND' }),
      );
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
