/**
 * References across the whole content: every body scanned, each reference located by file and
 * line, sorted into linked (a `cites` edge), unknown (the editors' list) and ambiguous (a build error).
 */
import type { DocumentRecord } from '../model';
import { buildReferenceIndex, resolveText, type IndexDoc, type ReferenceIndex, type ResolvedReference } from './resolve';

/** A reference as the site and the content check report it. */
export interface LocatedReference extends ResolvedReference {
  sourceId: string;
  file: string;
  line: number;
}

/** The fields of a validated document the index needs, with the issuer's name looked up. */
export function indexDocs(documents: readonly DocumentRecord[], organName: (id: string) => string): IndexDoc[] {
  return documents.map((d) => ({
    id: d.id,
    code: d.data.code,
    kind: d.data.kind,
    issued: d.data.issued,
    term: d.data.term,
    plenum: d.data.plenum,
    issuerName: organName(d.data.issuer),
    aliases: d.data.aliases.map((a) => a.code),
    scope: d.data.scope,
    province: d.data.province,
  }));
}

/** The index over validated documents. */
export function indexFor(documents: readonly DocumentRecord[], organs: readonly { id: string; name: string }[]): ReferenceIndex {
  const names = new Map(organs.map((o) => [o.id, o.name]));
  return buildReferenceIndex(indexDocs(documents, (id) => names.get(id) ?? id));
}

/** Line (1-based, in the file) of an offset in a body that starts on `bodyLine`. */
export function lineAt(body: string, offset: number, bodyLine: number): number {
  return lineFinder(body, bodyLine)(offset);
}

/**
 * A function from offsets to lines for one body: the line starts are found once, then each
 * offset by binary search (a body that names a document thousands of times stays linear).
 */
export function lineFinder(body: string, bodyLine: number): (offset: number) => number {
  const starts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return bodyLine + lo;
  };
}

/** Every reference in every body, located. */
export function scanBodies(documents: readonly DocumentRecord[], index: ReferenceIndex): LocatedReference[] {
  return documents.flatMap((doc) => {
    const refs = resolveText(doc.body, index, doc.id);
    if (refs.length === 0) return [];
    const line = lineFinder(doc.body, doc.bodyLine);
    return refs.map((ref) => ({ ...ref, sourceId: doc.id, file: doc.file, line: line(ref.start) }));
  });
}
