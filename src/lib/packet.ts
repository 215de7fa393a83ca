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

/** The ids in a stored value or a shared link, in order, valid and each once; anything else is dropped. */
export function parseIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const seen = new Set<string>();
  for (const raw of list) {
    const id = typeof raw === 'string' ? raw.trim() : '';
    if (ID.test(id)) seen.add(id);
  }
  return [...seen];
}

/** The packet with `id` added at the end (unchanged when it is already there). */
export function addId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [...ids] : [...ids, id];
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
