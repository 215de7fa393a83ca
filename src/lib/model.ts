/**
 * The domain's vocabularies: the values a document, an organ or a target can take. Plain data,
 * owned by the domain; the schemas (src/loader/schemas) and the UI dictionary build on them.
 */

/** Relation types between documents (edge kinds of the document graph). */
export const RELATION_TYPES = ['implements', 'guides', 'amends', 'replaces', 'reviews', 'cites', 'continues'] as const;
/** One of {@link RELATION_TYPES}. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** Level of an organ or document in the Party hierarchy. */
export const LEVELS = ['central', 'province', 'bloc', 'grassroots'] as const;
/** One of {@link LEVELS}. */
export type Level = (typeof LEVELS)[number];

/** A document's status: stated from a dated source, or derived from the relations that reach it. */
export const STATUSES = ['in-force', 'amended', 'replaced', 'reviewed', 'expired', 'unknown'] as const;
/** One of {@link STATUSES}. */
export type Status = (typeof STATUSES)[number];

/**
 * How a target's figure compares, as its source words it: at-least (ít nhất, trở lên), more-than
 * (trên), at-most (tối đa, không quá), less-than (dưới), exactly (đúng), about (khoảng), reach (a
 * bare figure: "đạt 90%"), top (a rank: "thuộc nhóm 3 nước dẫn đầu Đông Nam Á", with its group).
 */
export const COMPARISONS = ['at-least', 'more-than', 'at-most', 'less-than', 'exactly', 'about', 'reach', 'top'] as const;
/** One of {@link COMPARISONS}. */
export type Comparison = (typeof COMPARISONS)[number];

/**
 * What kind of outlet a source is, for weighing it: party (the Party's archive, newspapers,
 * journals, Party committees' portals and papers), state (government, National Assembly, people's
 * committees, national news agencies and State-owned papers, public universities and academies),
 * commercial (commercial news, aggregators, law-text and download sites, blogs).
 */
export const OUTLET_TYPES = ['party', 'state', 'commercial'] as const;
/** One of {@link OUTLET_TYPES}. */
export type OutletType = (typeof OUTLET_TYPES)[number];

/** The literal an editor writes where a source does not say (province, signer, date, outlet). */
export const UNKNOWN = 'unknown' as const;

/**
 * What the domain needs of a checked document file: its id, where it is, its body and the fields
 * the graph, the references and the search terms read. The loader's validated entries fit it.
 */
export interface DocumentRecord {
  id: string;
  /** Path relative to the project, for messages that name the file. */
  file: string;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
  /** The code's key ("18-nq-tw"), parsed once at load; absent without a full code. */
  codeKey?: string | undefined;
  /** Keys of the alias spellings, by alias code, parsed once at load. */
  aliasKeys?: ReadonlyMap<string, string> | undefined;
  data: {
    code?: string | undefined;
    kind: string;
    title: string;
    /** ISO date or 'unknown'. */
    issued: string;
    term?: string | undefined;
    /** The Central Committee plenum that issued it, within its term (Hội nghị Trung ương 6 → 6). */
    plenum?: number | undefined;
    issuer: string;
    scope: string;
    province?: string | undefined;
    status: Status;
    statusAsOf?: string | undefined;
    statusBy?: string | undefined;
    aliases: readonly { code: string; note: string }[];
    relations: readonly { type: RelationType; target: string; note?: string | undefined; conclusion?: string | undefined }[];
    sources: readonly { date?: string | undefined }[];
  };
}
