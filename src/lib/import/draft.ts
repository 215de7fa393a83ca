/**
 * One office document's text → a draft content entry: the header, trích yếu, body, signature and
 * recipients read; issuer mapped to an organ; kind, term and scope derived from the code and the
 * date; relations proposed. What could not be read is listed by field name, so the tool can say
 * what the editor must complete.
 */
import type { RelationType } from '../model';
import type { ReferenceIndex } from '../references/resolve';
import { bareKey, codeKey, parseCode } from '../codes/code';
import { fold } from '../text/normalize';
import { readBody, type Signature } from './body';
import { readHeader } from './header';
import { textLines } from './lines';
import { matchIssuer, type OrganProposal, type OrganRef } from './organs';
import { proposeReferences, relationsToWrite, type ProposedReference } from './relations';
import { termForDate } from './terms';

/** What the importer knows besides the text: the organs, province names and the reference index. */
export interface ImportContext {
  organs: readonly OrganRef[];
  provinces: readonly string[];
  index: ReferenceIndex;
}

/** The frontmatter fields a draft can fill. */
export interface DraftFields {
  code?: string | undefined;
  kind?: string | undefined;
  title?: string | undefined;
  /** ISO date. */
  issued?: string | undefined;
  issuer?: string | undefined;
  term?: string | undefined;
  signer?: string | undefined;
  scope?: string | undefined;
  province?: string | undefined;
  relations: { type: RelationType; target: string }[];
}

/** A draft entry and what was read on the way. */
export interface Draft {
  fields: DraftFields;
  body: string;
  /** Header as printed: the bodies top left, the place. */
  bodies: string[];
  place?: string | undefined;
  signature: Signature;
  recipients: string[];
  /** The organ proposed when the printed issuer is not in organs.yaml. */
  organProposal?: OrganProposal | undefined;
  /** How the issuer was read ("T/M BAN THƯỜNG VỤ TỈNH ỦY THANH HÓA"). */
  issuerPrinted?: string | undefined;
  references: ProposedReference[];
  /** Relations left out because the check would refuse them (target issued after this document). */
  laterTargets: string[];
  /** Entries of the base that are this document already: same code (or declared spelling) and date. */
  existing: string[];
  /** Fields the text did not give (the editor completes them); `summary` is always the editor's. */
  missing: string[];
}

const SCOPE_OF_SUFFIX: Record<string, string> = { TW: 'central', TU: 'province', HU: 'grassroots', QU: 'grassroots', ĐU: 'grassroots', ĐUK: 'bloc' };

/** The province a place names, as written in provinces.yaml (old tone placement accepted). */
function provinceNamed(place: string | undefined, provinces: readonly string[]): string | undefined {
  if (place === undefined) return undefined;
  const f = fold(place);
  return provinces.find((p) => fold(p) === f);
}

/** The province a header body names ("ĐẢNG BỘ TỈNH BẮC NINH", "TỈNH ỦY THANH HÓA"), when it is in the list. */
function provinceOfBodies(bodies: readonly string[], provinces: readonly string[]): string | undefined {
  for (const body of bodies) {
    const m = /^(?:đảng bộ tỉnh|đảng bộ thành phố|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ)\s+(.+)$/iu.exec(body);
    const found = m ? provinceNamed(m[1], provinces) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Entries that already are this document: its code (or, for an uncoded entry, the kind and number
 * it declares, "Chương trình hành động số 12") with the same date. Importing it again would make
 * every reference to it ambiguous.
 */
export function existingEntries(fields: DraftFields, index: ReferenceIndex): string[] {
  if (fields.code === undefined || fields.issued === undefined) return [];
  const parsed = parseCode(fields.code);
  if (!parsed.ok) return [];
  const ids = [...(index.byCode.get(codeKey(parsed.code)) ?? []), ...(fields.kind === undefined ? [] : (index.byBare.get(`${fields.kind}:${bareKey(parsed.code)}`) ?? []))];
  return [...new Set(ids)].filter((id) => index.docs.get(id)?.issued === fields.issued);
}

/** Read a document's text into a draft entry. */
export function draftFromText(text: string, ctx: ImportContext): Draft {
  const lines = textLines(text);
  const header = readHeader(lines);
  const parts = readBody(lines.slice(header.end));
  const fields: DraftFields = { relations: [] };
  fields.code = header.code;
  // The heading names the kind; the code's abbreviation must allow it (QĐ is a regulation or a decision).
  if (header.kind !== undefined && (header.codeKinds.length === 0 || header.codeKinds.includes(header.kind))) fields.kind = header.kind;
  else if (header.codeKinds.length >= 1) fields.kind = header.codeKinds[0];
  fields.title = parts.title;
  fields.issued = header.issued;
  const match = matchIssuer(header.bodies, parts.signature.onBehalf ?? header.headingBody, ctx.organs, provinceNamed(header.place, ctx.provinces) ?? header.place);
  fields.issuer = match?.organ?.id ?? match?.proposal?.id;
  const suffix = header.code?.split('/')[1];
  fields.scope = match?.organ?.level ?? match?.proposal?.level ?? (suffix === undefined ? undefined : SCOPE_OF_SUFFIX[suffix]);
  if (fields.scope !== undefined && fields.scope !== 'central') {
    const known = match?.organ?.province;
    fields.province = known !== undefined && known !== 'unknown' ? known : (provinceNamed(header.place, ctx.provinces) ?? provinceOfBodies(header.bodies, ctx.provinces));
  }
  if (fields.scope === 'central' && fields.issued !== undefined) fields.term = termForDate(fields.issued);
  fields.signer = parts.signature.name;

  const references = proposeReferences(parts.text, ctx.index);
  const laterTargets: string[] = [];
  fields.relations = relationsToWrite(references).filter((r) => {
    const target = ctx.index.docs.get(r.target);
    const later = fields.issued !== undefined && target !== undefined && target.issued !== 'unknown' && target.issued > fields.issued;
    if (later) laterTargets.push(r.target);
    return !later;
  });

  const missing: string[] = [];
  for (const f of ['code', 'kind', 'title', 'issued', 'issuer', 'signer'] as const) if (fields[f] === undefined) missing.push(f);
  if (match?.proposal !== undefined) missing.push('issuer');
  if (fields.scope === undefined) missing.push('scope');
  if (fields.scope !== undefined && fields.scope !== 'central' && fields.province === undefined) missing.push('province');
  if (fields.scope === 'central' && fields.term === undefined) missing.push('term');
  missing.push('summary');
  return {
    fields,
    body: parts.markdown,
    bodies: header.bodies,
    place: header.place,
    signature: parts.signature,
    recipients: parts.recipients,
    organProposal: match?.proposal,
    issuerPrinted: match?.printed,
    references,
    laterTargets,
    existing: existingEntries(fields, ctx.index),
    missing: [...new Set(missing)],
  };
}
