import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { HttpServer } from '../platform/http/server.ts';

/** The analyst console's built files under /console, with index.html for its client-side routes. */
export async function registerConsoleRoutes(app: HttpServer, consoleDir: string | undefined): Promise<void> {
  const root = consoleDir && existsSync(`${consoleDir}/index.html`) ? consoleDir : undefined;
  if (root) await app.register(fastifyStatic, { root, serve: false });
  const access = { public: true } as const;
  app.get('/console', { config: { access }, schema: { hide: true } }, async (_request, reply) =>
    reply.redirect('/console/'),
  );
  app.get('/console/*', { config: { access }, schema: { hide: true } }, async (request, reply) => {
    if (!root)
      return reply
        .status(503)
        .type('text/plain')
        .send('The console is not built: run "npm run build --workspace @vigie/console".');
    const path = (request.params as { '*': string })['*'];
    // A path with a file extension is a file: a missing one is a real 404, not the app shell.
    const isFile = /\.[a-z0-9]+$/i.test(path);
    if (isFile) {
      if (!/^(assets\/)?[\w.-]+$/.test(path) || !existsSync(`${root}/${path}`)) return reply.callNotFound();
      void reply.header(
        'cache-control',
        path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return reply.sendFile(path);
    }
    void reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
