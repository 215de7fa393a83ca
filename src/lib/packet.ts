/**
 * The packet (bộ tài liệu): an ordered list of document ids a trainer gathers, kept in the
 * browser and shared as a link (`?ids=a,b`). Plain operations over the list; the browser code
 * (src/client/packet-*.ts) only stores and shows it.
 */

/** The localStorage key the packet lives under. */
export const PACKET_KEY = 'so-tay.bo-tai-lieu';
/** The query parameter of a shared packet. */
export const PACKET_PARAM = 'ids';

// Ids are file names: lower-case ASCII letters, digits and hyphens.
const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The most documents a packet holds. A shared link is read up to this many ids, so a link with
 * 10,000 ids costs the page what one with 100 does (a handout of 100 study kits is already long).
 */
export const MAX_PACKET = 100;

/** The ids of a stored value or a shared link, and whether it held more valid ids than a packet takes. */
export interface ReadIds {
  ids: string[];
  more: boolean;
}

/**
 * The ids in a stored value or a shared link, in order, valid and each once, at most
 * {@link MAX_PACKET} (reading stops there); anything else is dropped.
 */
export function readIds(value: unknown): ReadIds {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const seen = new Set<string>();
  for (const raw of list) {
    const id = typeof raw === 'string' ? raw.trim() : '';
    if (!ID.test(id) || seen.has(id)) continue;
    if (seen.size === MAX_PACKET) return { ids: [...seen], more: true };
    seen.add(id);
  }
  return { ids: [...seen], more: false };
}

/** The ids in a stored value or a shared link (see {@link readIds}). */
export function parseIds(value: unknown): string[] {
  return readIds(value).ids;
}

/** The packet's ids this copy of the site has a kit for, and the others, each list in the packet's order. */
export function splitKnown(ids: readonly string[], known: ReadonlySet<string>): { known: string[]; unknown: string[] } {
  return { known: ids.filter((id) => known.has(id)), unknown: ids.filter((id) => !known.has(id)) };
}

/** The packet with `id` added at the end (unchanged when it is already there, or full). */
export function addId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) || ids.length >= MAX_PACKET ? [...ids] : [...ids, id];
}

/** The packet without `id`. */
export function removeId(ids: readonly string[], id: string): string[] {
  return ids.filter((x) => x !== id);
}

/** The packet with `id` moved `by` places (−1 up, +1 down), kept within the list. */
export function moveId(ids: readonly string[], id: string, by: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const to = Math.max(0, Math.min(ids.length - 1, from + by));
  const next = ids.filter((x) => x !== id);
  next.splice(to, 0, id);
  return next;
}

/** The query string that shares the packet ("?ids=a,b"; commas kept readable). */
export function shareQuery(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `?${PACKET_PARAM}=${ids.join(',')}`;
}
