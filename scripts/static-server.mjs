/**
 * A minimal static file server for the production build, bound to 127.0.0.1, that
 * resolves URLs the way GitHub Pages does for a Docusaurus site built with
 * trailingSlash: false (/docs/x → docs/x.html or docs/x/index.html) and serves the
 * site's 404.html otherwise. Used by the browser tests and `npm run bench`.
 */
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function resolveFile(root, urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

// Text types that a production host (GitHub Pages) sends gzip-compressed.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.ts', '.webmanifest']);

/**
 * Cache headers with { cache: true }: files under /assets/ carry a content hash in their
 * name (Docusaurus), so they never change and may be kept; anything else is revalidated
 * by its ETag. The browser then keeps what it downloaded and compiled (V8's code cache
 * needs a cached script) from one page to the next, as a reader's browser does.
 */
function cacheHeaders(urlPath, file, ifNoneMatch) {
  const { size, mtimeMs } = statSync(file);
  const etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
  const immutable = urlPath.startsWith('/assets/');
  return {
    headers: { ETag: etag, 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' },
    notModified: ifNoneMatch === etag,
  };
}

/**
 * Starts the server; resolves to { url, close }. Port 0 picks a free port. With
 * { gzip: true } text files are sent gzip-compressed to clients that accept it, as
 * GitHub Pages does (npm run bench measures the site the way readers get it). With
 * { cache: true } files may be cached (cacheHeaders); by default every response says
 * no-cache and has no validator, so each load downloads everything again.
 */
export function serveStatic(dir, port = 0, { gzip = false, cache = false } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/');
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    const compress =
      gzip && COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const cached =
      cache && file ? cacheHeaders((req.url ?? '/').split('?')[0], file, req.headers['if-none-match']) : undefined;
    if (cached?.notModified) {
      res.writeHead(304, cached.headers);
      res.end();
      return;
    }
    res.writeHead(status, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...cached?.headers,
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    if (!existsSync(path)) res.end('Not found');
    else if (compress) createReadStream(path).pipe(createGzip()).pipe(res);
    else createReadStream(path).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      // close() also drops idle keep-alive connections, so the site is really gone afterwards
      // (tests/e2e/offline.e2e.ts relies on that to go offline).
      const close = () =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections();
        });
      ok({ url: `http://127.0.0.1:${actual}`, close });
    });
  });
}
