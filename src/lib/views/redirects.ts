/** The redirect pages: every old id of a document or an organ keeps its URL, leading to the new one. */
import { paths } from '../paths';

/** One redirect: the old site path and the path it leads to. */
export interface Redirect {
  from: string;
  to: string;
}

/** Redirects from old document ids and old organ ids (old id → current id maps), sorted by the old path. */
export function redirects(formerDocIds: ReadonlyMap<string, string>, formerOrganIds: ReadonlyMap<string, string>): Redirect[] {
  return [
    ...[...formerDocIds].map(([old, id]) => ({ from: paths.document(old), to: paths.document(id) })),
    ...[...formerOrganIds].map(([old, id]) => ({ from: paths.organ(old), to: paths.organ(id) })),
  ].sort((a, b) => a.from.localeCompare(b.from));
}
