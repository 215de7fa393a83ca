/**
 * Every URL of the site, built in one place. Route builders return paths without the base;
 * {@link withBase} prefixes the configured base path, so the site works under any sub-folder.
 */
import { slugify } from './text/normalize';

/** Join the base path (e.g. `/sotay/`) and a site path (e.g. `/van-ban/x/`). */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  const tail = path.startsWith('/') ? path : `/${path}`;
  return `${head}${tail}`;
}

/** The base path as a folder, ending in exactly one slash ("/sotay" → "/sotay/", "" → "/"). */
export function baseFolder(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The path of `to` relative to the folder of `from` (both site paths): "/tinh/x/atom.xml" →
 * "/moi-cap-nhat/atom.css" gives "../../moi-cap-nhat/atom.css". For files a browser opens as they
 * are (feeds), so the link holds under any base path and from `file://`.
 */
export function relativePath(from: string, to: string): string {
  const fromParts = from.split('/').slice(1, -1);
  const toParts = to.split('/').slice(1);
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

/** Site paths, without the base. */
export const paths = {
  home: () => '/',
  documents: () => '/van-ban/',
  document: (id: string) => `/van-ban/${id}/`,
  /** A document's study kit (tài liệu học tập), printable as an A4 handout. */
  studyKit: (id: string) => `/van-ban/${id}/hoc-tap/`,
  /** A study kit as slides for the projector. */
  presentation: (id: string) => `/van-ban/${id}/trinh-chieu/`,
  /** Every document in one relation to a document (those citing it, carrying it out …), when too many for its page. */
  documentRelated: (id: string, type: string) => `/van-ban/${id}/lien-quan/${type}/`,
  search: () => '/tim-kiem/',
  /** One shard of the code map (tools/build/code-map.ts), a script so file:// can load it too. */
  codeMapShard: (shard: number) => `/tim-kiem/so-hieu/${shard}.js`,
  /** The numbers one kind holds ("nq"), for the nearest documents to a number the base lacks. */
  codeMapKind: (kind: string) => `/tim-kiem/so-hieu/loai-${kind}.js`,
  /** The syllables of the base, most frequent first, for correcting one-letter slips. */
  searchVocabulary: () => '/tim-kiem/tu-vung.js',
  /** The base's syllables folded, a fraction of the vocabulary: whether a query may hold a slip at all. */
  searchSyllables: () => '/tim-kiem/am-tiet.js',
  /** The packet page (bộ tài liệu): the kits a trainer gathered, printed as one handout. */
  packet: () => '/bo-tai-lieu/',
  /** Where the kits are as scripts for the packet page (tools/build/packet-kits.ts). */
  packetKits: () => '/bo-tai-lieu/kit/',
  /** The script of one kit. */
  packetKit: (id: string) => `/bo-tai-lieu/kit/${id}.js`,
  /** The script listing every kit of this copy, so the packet page asks only for kits that exist. */
  packetKitIds: () => '/bo-tai-lieu/kit-ids.js',
  kinds: () => '/loai/',
  kind: (kind: string) => `/loai/${kind}/`,
  organs: () => '/co-quan/',
  organ: (id: string) => `/co-quan/${id}/`,
  topics: () => '/chu-de/',
  topic: (id: string) => `/chu-de/${id}/`,
  years: () => '/nam/',
  year: (year: string) => `/nam/${year}/`,
  terms: () => '/khoa/',
  term: (roman: string) => `/khoa/${roman.toLowerCase()}/`,
  /** Every Central Committee plenum (Hội nghị Trung ương), grouped by term. */
  plenums: () => '/hoi-nghi-trung-uong/',
  /** One plenum and the documents it issued (slug from plenumSlug, e.g. trung-uong-6-khoa-xii). */
  plenum: (slug: string) => `/hoi-nghi-trung-uong/${slug}/`,
  provinces: () => '/tinh/',
  province: (name: string) => `/tinh/${slugify(name)}/`,
  scopes: () => '/cap/',
  scope: (scope: string) => `/cap/${scope}/`,
  reports: () => '/so-lieu/',
  /** Every target across documents with its reported progress. */
  targets: () => '/chi-tieu/',
  /** The rows of one filter value of the targets overview, as a script (src/lib/views/target-shards.ts). */
  targetShard: (name: string) => `/chi-tieu/loc/${name}.js`,
  /** A code several documents bear, or an alias spelling (key from codeKey, e.g. 18-nq-tw). */
  sharedCode: (key: string) => `/so-hieu/${key}/`,
  /** Every shared-code and same-number page. */
  sharedCodes: () => '/so-hieu/',
  /** The editors' list of references to documents the site does not have. */
  editorsReferences: () => '/bien-tap/tham-chieu/',
  /** The part of that list naming one kind of document (a kind id, or "khac"). */
  editorsReferencesKind: (kind: string) => `/bien-tap/tham-chieu/${kind}/`,
  /** What's new: the latest additions and changes. */
  changes: () => '/moi-cap-nhat/',
  /** The users' guides (MDX pages under src/pages/huong-dan). */
  guides: () => '/huong-dan/',
  /** One guide. */
  guide: (slug: string) => `/huong-dan/${slug}/`,
  /** Atom feeds: the whole base, one province, one topic (beside that group's page). */
  feed: () => '/moi-cap-nhat/atom.xml',
  /** The stylesheet a browser shows every feed with (a local file: feeds read as a page, not raw XML). */
  feedStyle: () => '/moi-cap-nhat/atom.css',
  provinceFeed: (name: string) => `/tinh/${slugify(name)}/atom.xml`,
  topicFeed: (id: string) => `/chu-de/${id}/atom.xml`,
  /** Open data: the whole base, its JSON Schema, one document's data beside its page, the sitemap. */
  dataset: () => '/du-lieu/so-tay.json',
  datasetSchema: () => '/du-lieu/so-tay.schema.json',
  documentData: (id: string) => `/van-ban/${id}/van-ban.json`,
  sitemap: () => '/sitemap.xml',
  /** The classic script every built page loads to register the service worker (tools/delivery/service-worker.ts). */
  serviceWorkerRegistration: () => '/sw-register.js',
  asset: (file: string) => `/${file.replace(/^\//, '')}`,
} as const;
