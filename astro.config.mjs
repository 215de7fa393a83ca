// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/plugins/content-check';
import { remarkReferences } from './src/plugins/remark-references';

/** Base path from BASE_PATH (e.g. /sotay/), so IT staff can host the site under any folder. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR ?? './dist',
  markdown: {
    // References in the bodies become links; @astrojs/mdx extends this processor, so .mdx files get it too.
    processor: unified({ remarkPlugins: [remarkGfm, [remarkReferences, { base }]] }),
  },
  integrations: [contentCheck(), mdx()],
  devToolbar: { enabled: false },
  // Never inline scripts into pages: the Content-Security-Policy allows only the site's own files.
  vite: { build: { assetsInlineLimit: 0 } },
});
