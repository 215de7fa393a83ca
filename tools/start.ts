/**
 * `npm start`: build the site, then serve it with `astro preview`. Over content that fails its
 * check, the old site is never served: the terminal prints the problems, and the address the site
 * will have answers every request with them (file, line, field, reason, fix: the same page as the
 * dev server's) while the content folder is watched; once the check passes, the site is built and
 * served at that address, and the open error page turns into it. Any other build failure stops
 * here with the build's own message. Arguments (`-- --port 8080 --host 0.0.0.0`) go to the preview.
 */
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/loader/check';
import type { ContentError } from '../src/loader/errors';
import { readContent } from '../src/loader/read';
import { devErrorPage, devErrorReport } from '../src/plugins/dev-errors';
import { vi } from '../src/i18n/vi';

const root = resolve(import.meta.dirname, '..');
const contentRoot = resolve(process.env.CONTENT_ROOT ?? root);
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
// Where `astro preview` will listen (its defaults), so the error page is at the site's address.
const port = Number(option('--port') ?? 4321);
const host = option('--host') ?? 'localhost';

/** The check's problems now (none when the content passes). */
function problems(): readonly ContentError[] {
  return checkContent(readContent(contentRoot)).errors;
}

/** Answer every request with the problems until the content passes its check (checked again on every change). */
async function showUntilFixed(first: readonly ContentError[]): Promise<void> {
  let current = first;
  console.error(`\n${devErrorReport(current)}\n`);
  const server = createServer((req, res) => {
    const page = (req.headers.accept ?? '').includes('text/html');
    res.writeHead(500, { 'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page ? devErrorPage(current, { everySeconds: 3 }) : `${devErrorReport(current)}\n`);
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  console.error(`  http://${host}:${port}/`);
  await new Promise<void>((fixed) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watcher = watch(join(contentRoot, 'content'), { recursive: true }, () => {
      clearTimeout(timer);
      // An editor's save may come as several events: check once they settle.
      timer = setTimeout(() => {
        const now = problems();
        if (now.length > 0) {
          // Printed again only when the list changed (a save that fixed one problem of several).
          if (JSON.stringify(now) !== JSON.stringify(current)) console.error(`\n${devErrorReport(now)}\n`);
          current = now;
          return;
        }
        watcher.close();
        console.log(`\n${vi.devErrors.rebuilding}\n`);
        server.close(() => fixed());
        server.closeAllConnections();
      }, 100);
    });
  });
}

const found = problems();
if (found.length > 0) await showUntilFixed(found);
const build = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'tools/build.ts')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const preview = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', ...args], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
