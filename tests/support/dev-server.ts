/**
 * `astro dev` on a copy of the fixture content, for the live-editing tests: started as a person
 * starts it (`npm run dev`, without the test runner's environment), on a free port, with what it
 * prints gathered; the copy is the test's to edit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { FIXTURE_SITE } from './global-setup';

const root = resolve(import.meta.dirname, '../..');

/** The environment a person's shell has: without what the test runner adds (NODE_ENV=test turns Vite's reload off). */
export function personEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { BASE_URL: _base, NODE_ENV: _mode, MODE: _m, DEV: _d, PROD: _p, SSR: _s, VITEST: _v, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _w, ...env } = process.env;
  return { ...env, ...extra };
}

/** A free TCP port on the loopback. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** A running dev server over a copy of the fixture content. */
export interface DevServer {
  /** The folder holding `content/` (CONTENT_ROOT). */
  readonly contentRoot: string;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** Everything it printed so far. */
  terminal(): string;
  stop(): void;
}

/**
 * Copy the content of `source` (the fixture by default; LIVE_CONTENT=<folder holding content/> to
 * measure on another base, e.g. the real one) to `.build-tmp/e2e/<name>-<pid>` (`prepare` may edit
 * it first), start `astro dev` on it, wait until it answers.
 */
export async function startDevServer(name: string, prepare: (contentRoot: string) => void = () => undefined, source = process.env.LIVE_CONTENT ?? FIXTURE_SITE): Promise<DevServer> {
  const work = join(root, '.build-tmp', 'e2e', `${name}-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(source, 'content'), join(work, 'content'), { recursive: true });
  prepare(work);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let printed = '';
  // --ignore-lock: a developer's own `npm run dev` of this project may be running; this one runs beside it.
  const dev: ChildProcess = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], { cwd: root, env: personEnv({ CONTENT_ROOT: work }) });
  dev.stdout?.on('data', (d: Buffer) => (printed += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (printed += d.toString()));
  const started = Date.now();
  for (;;) {
    if (Date.now() - started > 90_000 || dev.exitCode !== null) throw new Error(`astro dev không khởi động:\n${printed.slice(-3000)}`);
    if (await fetch(`${origin}/`).then(() => true, () => false)) break;
    await new Promise((ok) => setTimeout(ok, 300));
  }
  return {
    contentRoot: work,
    origin,
    terminal: () => printed,
    stop: () => {
      dev.kill('SIGTERM');
      rmSync(work, { recursive: true, force: true });
    },
  };
}
