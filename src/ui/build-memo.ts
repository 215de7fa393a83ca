/**
 * What pages share in a build, computed once per loaded site: in a build the loader's site and
 * Astro's store never change, so a value made from them can be kept; in the dev server the loader
 * may have read a save that Astro has not yet written to its store, so nothing is kept.
 */
import { loadSite, type Site } from '../loader/site';

/** `compute` over the current site, once per loaded site in a build; undefined in the dev server (the caller asks afresh). */
export function buildMemo<T>(compute: (site: Site) => T): () => T | undefined {
  const memo = new WeakMap<Site, T>();
  return () => {
    if (import.meta.env.DEV) return undefined;
    const site = loadSite();
    if (!memo.has(site)) memo.set(site, compute(site));
    return memo.get(site);
  };
}
