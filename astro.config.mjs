// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { defineConfig } from 'astro/config';
import { resolve, sep } from 'node:path';
import { contentCheck } from './src/plugins/content-check';

/** Base path from BASE_PATH (e.g. /sotay/), so IT staff can host the site under any folder. */
const base = process.env.BASE_PATH ?? '/';

/** Folders builds write to: the dev server does not watch them (a build beside it writes thousands of files). */
const OUTPUT = ['.build-tmp', 'dist', 'dist-offline', 'bench-out', 'release'].map((d) => resolve(d) + sep);
/** The content the dev server edits, which may sit inside one of them (a test's copy). */
const content = resolve(process.env.CONTENT_ROOT ?? '.', 'content');
/** Ignore a path under an output folder, unless it leads to the content or lies in it. */
const ignoredByWatcher = (/** @type {string} */ path) => {
  const full = resolve(path);
  return OUTPUT.some((dir) => full.startsWith(dir) || full + sep === dir) && !(content + sep).startsWith(full + sep) && !full.startsWith(content + sep);
};

export default defineConfig({
  base,
  trailingSlash: 'ignore',
  // Four pages at a time: one at a time, the render waited for each page's file to be written
  // (its thread idle half the time on the small list pages); ASTRO_CONCURRENCY=1 to compare.
  build: { format: 'directory', concurrency: Number(process.env.ASTRO_CONCURRENCY ?? 4) },
  outDir: process.env.OUT_DIR ?? './dist',
  // Documents are content collections filled by the one reader (src/content.config.ts); their
  // bodies are rendered by src/loader/render.ts (Sätteri), not by Astro's Markdown pipeline. MDX is
  // for the site's own pages written by hand (the guides, src/pages/huong-dan), through unified so
  // that remark-gfm gives them GFM tables (applied once: MDX's own GFM is off).
  integrations: [contentCheck(), mdx({ gfm: false, syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkGfm] }) })],
  devToolbar: { enabled: false },
  // Never inline scripts into pages: the Content-Security-Policy allows only the site's own files.
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ignoredByWatcher } } },
});
