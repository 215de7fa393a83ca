/**
 * The static server for tests: sirv (a kept library) serving a built site under its base path,
 * as an intranet web server would: index.html for folders, 404.html with status 404, nothing
 * outside the base. Every request path is recorded, for tests that count requests.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';
import { baseFolder } from '../../src/lib/paths';

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
  // Pagefind's index files have their own extensions; sirv types them from this table.
  const files = sirv(dir, { dev: true, etag: false, extensions: ['html'] });
  const notFound = async (res: import('node:http').ServerResponse): Promise<void> => {
    const page = await readFile(join(dir, '404.html')).catch(() => undefined);
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  };
  // Share links of the packet page can be long (tests send 10,000 ids): room for them, as a server configured for them has.
  const server: Server = createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    requests.push(path);
    if (!path.startsWith(prefix)) {
      if (`${path}/` === prefix) {
        res.writeHead(301, { location: prefix });
        res.end();
        return;
      }
      void notFound(res);
      return;
    }
    req.url = (req.url ?? '/').slice(prefix.length - 1);
    files(req, res, () => void notFound(res));
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
