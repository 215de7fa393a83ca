// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/plugins/content-check';

/** Base path from BASE_PATH (e.g. /sotay/), so IT staff can host the site under any folder. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR ?? './dist',
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm] }),
  },
  integrations: [contentCheck(), mdx()],
  devToolbar: { enabled: false },
});
