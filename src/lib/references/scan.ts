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
  let line = bodyLine;
  for (let i = 0; i < offset && i < body.length; i += 1) if (body.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Every reference in every body, located. */
export function scanBodies(documents: readonly DocumentRecord[], index: ReferenceIndex): LocatedReference[] {
  return documents.flatMap((doc) =>
    resolveText(doc.body, index, doc.id).map((ref) => ({ ...ref, sourceId: doc.id, file: doc.file, line: lineAt(doc.body, ref.start, doc.bodyLine) })),
  );
}
