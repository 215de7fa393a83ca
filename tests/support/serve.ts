/**
 * The static server for tests: sirv (a kept library) serving a built site under its base path,
 * as an intranet web server would: index.html for folders, 404.html with status 404, nothing
 * outside the base. Every request path is recorded, for tests that count requests, and every
 * response's size and times, for the benchmarks that count what a browser fetches (a service
 * worker's requests included, which the page's own events do not show).
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
  /** Every response sent so far: its path, its body bytes (as sent: this server does not compress) and when it started and ended (ms since 1970). */
  transfers: Transfer[];
}

/** One response of the server. */
export interface Transfer {
  path: string;
  bytes: number;
  start: number;
  end: number;
}

/** Serve `dir` at `base` (e.g. "/sotay/") on a free loopback port. */
export async function serve(dir: string, base = '/'): Promise<Served> {
  const prefix = baseFolder(base);
  const requests: string[] = [];
  const transfers: Transfer[] = [];
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
    const transfer: Transfer = { path, bytes: 0, start: Date.now(), end: 0 };
    const count = (chunk: unknown): void => {
      if (typeof chunk === 'string') transfer.bytes += Buffer.byteLength(chunk);
      else if (chunk instanceof Uint8Array) transfer.bytes += chunk.byteLength;
    };
    const { write, end } = res;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      count(chunk);
      return (write as (...a: unknown[]) => boolean).call(res, chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') count(chunk);
      return (end as (...a: unknown[]) => typeof res).call(res, chunk, ...rest);
    }) as typeof res.end;
    res.on('finish', () => {
      transfer.end = Date.now();
      transfers.push(transfer);
    });
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
    transfers,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
