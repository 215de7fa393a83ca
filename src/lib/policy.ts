/**
 * The Content-Security-Policy of the site's pages: scripts only from the site itself plus the exact
 * inline scripts the build produced (by hash), WebAssembly compilation only when the site ships it
 * (Pagefind), nothing from any other origin. The layout writes it into every page as it renders
 * (no inline script of ours runs, so one policy fits them all); the delivery pass
 * (tools/build/delivery-pages.ts) checks each page against the policy its scripts need and
 * rewrites only a page that differs.
 */

/** What the policy depends on. */
export interface PolicyInput {
  scriptHashes: readonly string[];
  /** True when the site ships WebAssembly (Pagefind's search), which needs 'wasm-unsafe-eval'. */
  wasm: boolean;
  /**
   * True for the copy opened from file://: Chromium counts other local files as 'self' there,
   * but not every browser does, so `file:` is named too (an attacker who can write local files
   * has no need of a script tag).
   */
  localFiles?: boolean;
}

/**
 * The policy text. `style-src` allows inline styles: Astro inlines small stylesheets and the
 * search UI sets style attributes; styles cannot run code, scripts are what the policy guards.
 * (frame-ancestors is ignored in a meta tag: docs/deploy.md gives it as a server header.)
 */
export function buildPolicy(input: PolicyInput): string {
  const self = input.localFiles === true ? "'self' file:" : "'self'";
  const script = [self, ...(input.wasm ? ["'wasm-unsafe-eval'"] : []), ...new Set(input.scriptHashes)];
  return [
    `default-src ${self}`,
    `script-src ${script.join(' ')}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data:`,
    `font-src ${self}`,
    `connect-src ${self}`,
    `worker-src ${self}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

