/** The one way components build a URL: a site path from src/lib/paths.ts plus the configured base. */
import { withBase } from '../lib/paths';

/** Prefix a site path with `import.meta.env.BASE_URL`. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
