/**
 * Remark plugin: every reference to a document in body text becomes a link to its entry. A thin
 * shell over src/lib/references (finding and resolving); references that resolve to no entry or to
 * several stay plain text (the content check and the editors' page report those).
 */
import { fileURLToPath } from 'node:url';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { readContent } from '../content/read';
import { checkContent } from '../content/check';
import { paths, withBase } from '../lib/paths';
import { resolveText, type ReferenceIndex } from '../lib/references/resolve';
import { indexFor } from '../lib/references/scan';

/** Options: the base path for links; the index and file→id map default to the content on disk. */
export interface RemarkReferencesOptions {
  base?: string;
  index?: ReferenceIndex;
  /** Document id of a file (absolute path), so a document never links to itself. */
  idForFile?: (path: string) => string | undefined;
  root?: string;
  contentDir?: string;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
  data?: Record<string, unknown>;
}

const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'definition']);
const loaded = new Map<string, { index: ReferenceIndex; idForFile: (path: string) => string | undefined }>();

/** Index and file map over the content on disk, read once per root. */
function fromDisk(root: string, contentDir: string): { index: ReferenceIndex; idForFile: (path: string) => string | undefined } {
  const key = `${root}\0${contentDir}`;
  let hit = loaded.get(key);
  if (hit === undefined) {
    const check = checkContent(readContent(root, contentDir));
    const files = check.documents.map((d) => [d.file, d.id] as const);
    const idForFile = (path: string): string | undefined => {
      const normal = path.split('\\').join('/');
      return files.find(([file]) => normal.endsWith(`/${file}`) || normal === file)?.[1];
    };
    hit = { index: indexFor(check.documents, check.organs), idForFile };
    loaded.set(key, hit);
  }
  return hit;
}

/** Split text nodes around linked references, recursing into everything but links and code. */
function linkify(node: MdNode, index: ReferenceIndex, base: string, sourceId: string | undefined): void {
  if (node.children === undefined || SKIP.has(node.type)) return;
  const out: MdNode[] = [];
  for (const child of node.children) {
    if (child.type !== 'text' || child.value === undefined) {
      linkify(child, index, base, sourceId);
      out.push(child);
      continue;
    }
    const text = child.value;
    let at = 0;
    for (const ref of resolveText(text, index, sourceId)) {
      if (ref.resolution.status !== 'linked') continue;
      if (ref.start > at) out.push({ type: 'text', value: text.slice(at, ref.start) });
      out.push({
        type: 'link',
        url: withBase(base, paths.document(ref.resolution.id)),
        children: [{ type: 'text', value: ref.text }],
        data: { hProperties: { className: ['doc-ref'], dataRef: ref.resolution.id } },
      });
      at = ref.end;
    }
    if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  }
  node.children = out;
}

/** The plugin: `[remarkReferences, { base }]` in the markdown processor's remarkPlugins. */
export function remarkReferences(options: RemarkReferencesOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Node, file: VFile): void => {
    const disk = options.index === undefined ? fromDisk(options.root ?? process.cwd(), options.contentDir ?? 'content') : undefined;
    const index = options.index ?? disk!.index;
    const idForFile = options.idForFile ?? disk?.idForFile ?? (() => undefined);
    const path = file.path ?? file.history?.[0];
    const sourceId = path === undefined ? undefined : idForFile(path.startsWith('file:') ? fileURLToPath(path) : path);
    linkify(tree as MdNode, index, base, sourceId);
  };
}
