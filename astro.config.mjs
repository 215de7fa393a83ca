// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/plugins/content-check';

/** Base path from BASE_PATH (e.g. /sotay/), so IT staff can host the site under any folder. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR ?? './dist',
  // Documents are content collections filled by the one reader (src/content.config.ts); their
  // bodies are rendered by src/loader/render.ts (Sätteri), not by Astro's Markdown pipeline. MDX is
  // for the site's own pages written by hand (the guides, src/pages/huong-dan), through unified so
  // that remark-gfm gives them GFM tables (applied once: MDX's own GFM is off).
  integrations: [contentCheck(), mdx({ gfm: false, syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkGfm] }) })],
  devToolbar: { enabled: false },
  // Never inline scripts into pages: the Content-Security-Policy allows only the site's own files.
  vite: { build: { assetsInlineLimit: 0 } },
});
