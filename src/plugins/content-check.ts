/**
 * Astro integration, a thin shell over the loader: load (read, check, build the graph) once before
 * anything is built, and stop the build with every problem (file:line, field, reason, fix) when
 * the content is not right. In the dev server, a change under content/ forgets the loaded site
 * and reloads the page, so editors see their change.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentCheckError, forgetSite, loadSite } from '../loader/site';

/** The integration. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'so-tay/content',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        try {
          const site = loadSite(process.env.CONTENT_ROOT ?? root);
          logger.info(`${site.documents.length} văn bản, ${site.organs.length} cơ quan, ${site.reports.length} báo cáo: hợp lệ`);
        } catch (error) {
          if (!(error instanceof ContentCheckError)) throw error;
          // Only the editor's list: no stack trace, nothing about Astro's internals.
          console.error(`\n${error.message}\n`);
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.add('content');
        server.watcher.on('all', (_event, path) => {
          if (!path.includes('/content/')) return;
          forgetSite();
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
