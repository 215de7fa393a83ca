/**
 * Astro integration, a thin shell over the loader: load (read, check, build the graph) once before
 * anything is built, and stop the build (or `astro preview`, which never serves an old site over
 * broken content; `npm start` shows the problems itself, tools/start.ts) with every problem
 * (file:line, field, reason, fix) when the content is not right. In the dev server a broken entry is never served silently: the check runs again when
 * a file under content/ changes, and while it fails every page request gets the list of problems
 * (src/plugins/dev-errors.ts) and the terminal prints it; when it passes, the pages come back.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentCheckError, forgetSite, loadSite } from '../loader/site';
import type { ContentError } from '../loader/errors';
import { vi } from '../i18n/vi';
import { devErrorPage, devErrorReport } from './dev-errors';

/** True for a request a browser makes for a page. */
function wantsPage(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/** True for Vite's own requests (its client, modules, dependencies, the site's scripts as modules), which keep working. */
function isViteOwn(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path.includes('/@') || path.includes('/node_modules/') || path.includes('/src/') || path.includes('/.astro/');
}

/** The integration. */
export function contentCheck(): AstroIntegration {
  let contentRoot = process.cwd();
  let base = '/';
  /** The check's problems while the content fails it (dev server only). */
  let problems: readonly ContentError[] | undefined;
  /** A content file changed since the last check. */
  let stale = false;

  /** Check again; print the problems, or that they are gone. */
  const recheck = (): void => {
    stale = false;
    const before = problems;
    forgetSite();
    try {
      loadSite(contentRoot);
      problems = undefined;
      if (before !== undefined) console.log(`\n${vi.devErrors.fixed}\n`);
    } catch (error) {
      problems = undefined;
      // Anything but the check's verdict is a fault of the site's code: said, and the server goes on.
      if (!(error instanceof ContentCheckError)) return console.error(error);
      problems = error.errors;
      console.error(`\n${devErrorReport(problems)}\n`);
    }
  };

  return {
    name: 'so-tay/content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        contentRoot = resolve(process.env.CONTENT_ROOT ?? fileURLToPath(config.root));
        base = config.base;
        try {
          const site = loadSite(contentRoot);
          logger.info(`${site.documents.length} văn bản, ${site.organs.length} cơ quan, ${site.reports.length} báo cáo: hợp lệ`);
        } catch (error) {
          if (!(error instanceof ContentCheckError)) throw error;
          if (command === 'dev') {
            // The server starts and shows the problems on every page until they are fixed.
            problems = error.errors;
            console.error(`\n${devErrorReport(problems)}\n`);
            return;
          }
          // Only the editor's list: no stack trace, nothing about Astro's internals.
          console.error(`\n${error.message}\n`);
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server }) => {
        const contentDir = join(contentRoot, 'content');
        server.watcher.add(contentDir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentDir + sep)) return;
          // An editor's save may come as several events: check once they settle (or at the next request).
          stale = true;
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (stale) recheck();
            server.ws.send({ type: 'full-reload' });
          }, 50);
        });
        server.middlewares.use((req, res, next) => {
          if (stale) recheck();
          if (problems === undefined || isViteOwn(req.url ?? '')) return next();
          // Every page, feed and data file: the problems instead (a page as HTML, anything else as text).
          const page = wantsPage(req);
          res.statusCode = 500;
          res.setHeader('content-type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(page ? devErrorPage(problems, { viteBase: base }) : `${devErrorReport(problems)}\n`);
        });
      },
    },
  };
}
