import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A tiny static server for a prerendered build directory, the way a static host serves it: `/a/b` is
 * `a/b.html` (or `a/b/index.html`), anything else is the file itself. `vite preview` cannot serve a build
 * made with CITED_FIGURES_OUT: it reads the last build's .svelte-kit/output, whichever corpus that was.
 *
 * CLI: npx tsx scripts/bench/staticServer.ts DIR PORT
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
};

function resolveFile(root: string, pathname: string): string | null {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, rel);
  if (!base.startsWith(root)) return null;
  const candidates = pathname.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

export function serveStatic(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const file = resolveFile(root, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compressed as any static host would (text only, when the client accepts gzip).
    const gzip =
      /text|json|javascript|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    const body = gzip ? gzipSync(readFileSync(file)) : readFileSync(file);
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      'cache-control': pathname.startsWith('/_app/immutable/')
        ? 'public,max-age=31536000,immutable'
        : 'no-cache'
    });
    res.end(body);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1]?.endsWith('staticServer.ts')) {
  const [dir = 'build', port = '4181'] = process.argv.slice(2);
  void serveStatic(dir, Number(port)).then(() => console.log(`serving ${dir} at http://127.0.0.1:${port}`));
}
