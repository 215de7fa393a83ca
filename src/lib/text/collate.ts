/** Vietnamese collation (Đ after D, Ă/Â after A, Ư after U), shared by every sorted list. */
import { normalizeTone } from './normalize.ts';

// numeric: "Nghị quyết 9" before "Nghị quyết 10", as readers expect in lists of documents.
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'variant' });

/** Compare two strings in Vietnamese order; old/new tone placement compare equal ("hoà" = "hòa"). */
export function compareVi(a: string, b: string): number {
  return collator.compare(normalizeTone(a), normalizeTone(b));
}

/** Return a new array sorted in Vietnamese order, by `key` (default: String(item)); stable. */
export function sortVi<T>(arr: readonly T[], key: (item: T) => string = (x) => String(x)): T[] {
  // Normalise each key once instead of on every comparison.
  const keyed = arr.map((item, i) => ({ item, i, k: normalizeTone(key(item)) }));
  keyed.sort((x, y) => collator.compare(x.k, y.k) || x.i - y.i);
  return keyed.map((x) => x.item);
}
