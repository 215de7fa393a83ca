/**
 * Astro integration, a thin shell over the loader: load (read, check, build the graph) once before
 * anything is built, and stop the build (or `astro preview`, which never serves an old site over
 * broken content; `npm start` shows the problems itself, tools/start.ts) with every problem
 * (file:line, field, reason, fix) when the content is not right. In the dev server a broken entry
 * is never served silently: the collections' loaders read the content again when a file under
 * content/ changes (src/loader/live.ts, once per save), and while the check fails every page
 * request gets the list of problems (src/plugins/dev-errors.ts) and the terminal prints it; when it
 * passes, the loaders refill the collections and the pages come back.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentCheckError, loadSite } from '../loader/site';
import { lastReading, onReading, settled } from '../loader/live';
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

  return {
    name: 'so-tay/content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        contentRoot = resolve(process.env.CONTENT_ROOT ?? fileURLToPath(config.root));
        base = config.base;
        if (command === 'dev') {
          // The server starts either way, and shows the problems on every page until they are fixed.
          const reading = lastReading(contentRoot);
          problems = reading.problems;
          if (problems !== undefined) console.error(`\n${devErrorReport(problems)}\n`);
          else logger.info(`${reading.site!.documents.length} văn bản, ${reading.site!.organs.length} cơ quan, ${reading.site!.reports.length} báo cáo: hợp lệ`);
          return;
        }
        try {
          const site = loadSite(contentRoot);
          logger.info(`${site.documents.length} văn bản, ${site.organs.length} cơ quan, ${site.reports.length} báo cáo: hợp lệ`);
        } catch (error) {
          if (!(error instanceof ContentCheckError)) throw error;
          // Only the editor's list: no stack trace, nothing about Astro's internals.
          console.error(`\n${error.message}\n`);
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server }) => {
        // Each reading after a save (the collections' loaders watch content/): print what changed in
        // the check's verdict, and reload the open pages onto the problems, or back from them. A good
        // change needs no reload from here: Astro reloads once it has written the refilled store.
        onReading('integration', (reading) => {
          // The routes Astro cached were listed from the last store; the pages read the loader's
          // memo, which is now newer: list them again (Astro clears them so on its own store writes).
          for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
          const before = problems;
          problems = reading.problems;
          if (problems !== undefined) console.error(`\n${devErrorReport(problems)}\n`);
          else if (before !== undefined) console.log(`\n${vi.devErrors.fixed}\n`);
          if (problems !== undefined || before !== undefined) server.ws.send({ type: 'full-reload' });
        });
        server.middlewares.use((req, res, next) => {
          if (isViteOwn(req.url ?? '')) return next();
          // A request right after a save waits for that save to be read: never an old page.
          settled(contentRoot).then(
            (reading) => {
              if (reading.problems === undefined) return next();
              // Every page, feed and data file: the problems instead (a page as HTML, anything else as text).
              const page = wantsPage(req);
              res.statusCode = 500;
              res.setHeader('content-type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
              res.setHeader('cache-control', 'no-store');
              res.end(page ? devErrorPage(reading.problems, { viteBase: base }) : `${devErrorReport(reading.problems)}\n`);
            },
            // Anything but the check's verdict is a fault of the site's code: said, and the server goes on.
            (error: unknown) => {
              console.error(error);
              next();
            },
          );
        });
      },
    },
  };
}
