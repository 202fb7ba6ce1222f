/**
 * `rasd serve`: one process serving the JSON API (and the web UI once built) over a store, bound
 * to loopback unless told otherwise. The write endpoints need `--token` (or `$RASD_TOKEN`) when
 * one is given.
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { RasdError } from '../../errors.ts';
import { dbSpec, openStore, DB_OPTION_HELP } from '../../store/open.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API over the database (loopback only unless --host says otherwise)')
    .option('--db <path|url>', DB_OPTION_HELP)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port', '8080')
    .option('--token <token>', 'require this bearer token on POST /api/analyze and POST /api/articles (default $RASD_TOKEN)')
    .addHelpText('after', '\nThe API is described at /openapi.json.')
    .action(async (f: { db?: string; host: string; port: string; token?: string }) => {
      const port = Number(f.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RasdError('E_USAGE', `--port must be a port number, not ${f.port}`);
      // loaded here, not at the top: other commands do not pay for the server's modules
      const { serve } = await import('@hono/node-server');
      const { createApp, DEFAULT_UI_DIR } = await import('../../server/app.ts');
      const store = openStore(dbSpec(f.db));
      const ui = existsSync(DEFAULT_UI_DIR) ? DEFAULT_UI_DIR : undefined;
      if (!ui) process.stderr.write('rasd: the web UI is not built (npm run build:ui); serving the API only\n');
      const app = createApp(store, { token: f.token ?? process.env.RASD_TOKEN, uiDir: ui });
      const server = serve({ fetch: app.fetch, hostname: f.host, port }, (info) => {
        process.stderr.write(`rasd: serving ${store.description} on http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}/ (API description at /openapi.json)\n`);
      });
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          server.close(() => resolve());
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await store.close();
    });
}
