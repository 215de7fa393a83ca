// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/plugins/content-check';

/** Base path from BASE_PATH (e.g. /sotay/), so IT staff can host the site under any folder. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR ?? './dist',
  // Document bodies are rendered by src/loader/render.ts (Sätteri), not by Astro's Markdown
  // pipeline: the content is read once, by the loader, not by content collections.
  integrations: [contentCheck(), mdx()],
  devToolbar: { enabled: false },
  // Never inline scripts into pages: the Content-Security-Policy allows only the site's own files.
  vite: { build: { assetsInlineLimit: 0 } },
});
