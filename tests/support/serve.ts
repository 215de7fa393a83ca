/**
 * A small static file server for tests: serves a built site under its base path, like an
 * intranet web server would (index.html for folders, 404.html with status 404).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { baseFolder } from '../../src/lib/paths';

/** MIME types for every file the site has, Pagefind's index files included. */
export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

/** A running server and the URL of the site's root (base path included). */
export interface Served {
  origin: string;
  url: string;
  close: () => Promise<void>;
  /** Every path requested so far, for tests that count requests. */
  requests: string[];
}

/** Serve `dir` at `base` (e.g. "/sotay/") on a free loopback port. */
export async function serve(dir: string, base = '/'): Promise<Served> {
  const prefix = baseFolder(base);
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    requests.push(path);
    const send = async (file: string, status = 200) => {
      const body = await readFile(file);
      res.writeHead(status, { 'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    };
    const notFound = async () => send(join(dir, '404.html'), 404).catch(() => { res.writeHead(404); res.end(); });
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return notFound();
    const rel = normalize(path.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, rel);
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` });
          return res.end();
        }
        file = join(file, 'index.html');
      }
      await send(file);
    } catch {
      await notFound();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
