/**
 * What runs after `astro build` and before the new site replaces the old one, in order. (The
 * packet's kit scripts are written by the delivery pass, which reads every page once anyway.)
 */
import { writeSearchIndex } from './search-index';
import { writeSitemap } from './sitemap';
import { writeCodeMap } from './code-map';

/** Where a step works. */
export interface StepContext {
  root: string;
  /** Where the content is (CONTENT_ROOT, or the project): the loader's memo is keyed by it. */
  contentRoot: string;
  siteDir: string;
  base: string;
}

/** One post-build step; it throws to stop the build. */
export interface BuildStep {
  name: string;
  /** Runs while the step before it is still at work (it needs nothing that step writes, and that step waits on another process). */
  beside?: boolean;
  run: (ctx: StepContext) => void | Promise<void>;
}

/** The steps, in order. */
export const postBuildSteps: BuildStep[] = [
  {
    name: 'chỉ mục tìm kiếm (Pagefind)',
    // Forced Vietnamese; the pages carry the extra terms (see search-index.ts).
    run: async ({ siteDir }) => {
      await writeSearchIndex(siteDir);
    },
  },
  {
    name: 'bản đồ số hiệu (tra cứu số hiệu không cần Pagefind)',
    // From the loaded content, into its own folder: while Pagefind's process reads the pages.
    beside: true,
    run: ({ siteDir, contentRoot }) => {
      writeCodeMap(siteDir, contentRoot);
    },
  },
  {
    name: 'sitemap.xml',
    run: ({ siteDir, contentRoot, base }) => {
      writeSitemap(siteDir, contentRoot, base);
    },
  },

];
