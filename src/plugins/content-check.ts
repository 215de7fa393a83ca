/**
 * Astro integration: run the content check before anything is built, and stop the build with a
 * list of every problem (file:line, field, reason, fix) when the content is not right.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatContentErrors } from '../content/errors';
import { readContent } from '../content/read';
import { checkContent } from '../content/check';

/** The integration; `contentDir` is relative to the project root. */
export function contentCheck(contentDir = 'content'): AstroIntegration {
  return {
    name: 'so-tay/content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const result = checkContent(readContent(root, contentDir));
        if (result.errors.length > 0) throw new Error(formatContentErrors(result.errors));
        logger.info(`${result.documents.length} văn bản, ${result.organs.length} cơ quan, ${result.reports.length} báo cáo: hợp lệ`);
      },
    },
  };
}
