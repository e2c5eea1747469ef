/**
 * npm run desk [-- --port 4310] [--data DIR]
 * A local editing app for adding an article and its figures: http://127.0.0.1:PORT (printed on start). It
 * reads and writes DIR (default data/) with the project's own ingest, recognizer, validator, atomic writes and
 * data lock. It listens on the loopback address only, refuses requests whose Host or Origin is not its own,
 * and is never part of the static site (its client lives in src/desk/, which no route imports).
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createServer as createVite } from 'vite';
import { deskApi } from './lib/desk/deskApi';
import { DeskState } from './lib/desk/deskState';
import { refuseRequest } from './lib/desk/originGuard';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? String(args[i + 1]) : fallback;
};
const port = Number(opt('--port', process.env.CITED_FIGURES_DESK_PORT ?? '4310'));
const dir = opt('--data', process.env.CITED_FIGURES_DATA ?? 'data');
// How long a save waits for another writer (a CLI ingest) before it says who holds the lock.
const lockWaitMs = Number(process.env.CITED_FIGURES_LOCK_WAIT_MS ?? 3000);

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port ${port} is not a port number`);
  const state = new DeskState(dir);
  const vite = await createVite({
    configFile: fileURLToPath(new URL('../src/desk/vite.config.ts', import.meta.url)),
    server: { middlewareMode: true, hmr: false },
    appType: 'spa',
    logLevel: 'warn'
  });
  const server = createServer((req, res) => {
    const refused = refuseRequest(req.headers as Record<string, string>, port);
    if (refused) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(refused);
      return;
    }
    if (req.url?.startsWith('/api/')) {
      deskApi(state, req, res, lockWaitMs).catch((e: unknown) => {
        console.error(e);
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ target: 'save', index: 0, field: '', message: String(e) }] }));
      });
      return;
    }
    vite.middlewares(req, res);
  });
  server.on('error', (e: NodeJS.ErrnoException) => {
    console.error(
      e.code === 'EADDRINUSE'
        ? `desk: port ${port} is in use on 127.0.0.1; choose another with --port`
        : `desk: ${e.message}`
    );
    process.exitCode = 2;
    void vite.close();
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`desk: http://127.0.0.1:${port}  (data: ${dir}/; Ctrl-C to stop)`);
  });
}

main().catch((e: unknown) => {
  console.error(`desk: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
