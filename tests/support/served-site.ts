/**
 * One built test site served, and a browser, for a test file: registers the beforeAll/afterAll
 * that start and stop them, and gives them back once started.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from './browser';
import { serve, type Served } from './serve';

/** What a test file gets: the server and the browser (set once beforeAll has run). */
export interface ServedSite {
  readonly server: Served;
  readonly browser: Browser;
}

/** Serve the site built for `name` ('sub' = under /sotay/, 'root' = at /) and launch Chromium for this file. */
export function useServedSite(name: 'sub' | 'root' = 'sub'): ServedSite {
  let server: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const site = inject('sites')[name];
    server = await serve(site.dir, site.base);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (server === undefined) throw new Error('the site is served in beforeAll');
      return server;
    },
    get browser() {
      if (browser === undefined) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}
