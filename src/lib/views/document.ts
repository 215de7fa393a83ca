/**
 * What a document page shows beyond the fields it prints as they are: the status the graph
 * decides, the documents that share its code or its number, what became of its issuer, and its
 * study material as sections in reading order (empty ones left out).
 */
import type { ContentGraph } from '../graph/analyse';
import { codeKeyOf, numberKeyOf } from '../graph/analyse';
import { derivedStatus, type DerivedStatus } from '../graph/graph';
import { organHistory, type OrganHistory, type OrganHistoryInput } from './organ';
import { documentPlenum } from './plenum';

/** The study fields, in the order a trainer reads them. */
export const STUDY_SECTIONS = ['background', 'viewpoints', 'generalGoal', 'goals', 'tasks', 'organisation', 'whatsNew', 'questions', 'reflections'] as const;
/** One of {@link STUDY_SECTIONS}. */
export type StudySection = (typeof STUDY_SECTIONS)[number];

/** The fields of a document the view reads. */
export interface DocumentViewInput {
  id: string;
  codeKey?: string | undefined;
  data: {
    code?: string | undefined;
    issuer: string;
    term?: string | undefined;
    plenum?: number | undefined;
    study?: Partial<Record<StudySection, string | readonly string[] | undefined>> | undefined;
  };
}

/**
 * How deep the base holds a document: a *study* entry has study material (a `study` block); an
 * *identity* entry holds who issued what and when, its status and where the full text is, and says
 * the Sổ tay has not summarised it yet.
 */
export type Depth = 'study' | 'identity';

/** The view. */
export interface DocumentView {
  depth: Depth;
  status: DerivedStatus;
  /** Other documents bearing the same code (shared-code page key), when there are any. */
  sharedCode?: { key: string; count: number } | undefined;
  /** Documents of another kind with the same number (60-NQ/TW beside 60-QĐ/TW). */
  sameNumber?: { key: string; ids: string[] } | undefined;
  /** What became of the issuer, when it no longer exists. */
  issuerHistory?: OrganHistory | undefined;
  /** The Central Committee plenum that issued it, with the slug of its page, when plenum and term are known. */
  plenum?: { number: number; term: string; slug: string } | undefined;
  /** Study sections with content, in reading order, each as a list of paragraphs. */
  study: { key: StudySection; items: string[] }[];
}

/** The view of `doc` in the content graph; `organs` give the issuer's history. */
export function documentView(doc: DocumentViewInput, content: ContentGraph, organs: readonly OrganHistoryInput[], codeKeyOfId: (id: string) => string | undefined): DocumentView {
  const ownKey = doc.codeKey ?? codeKeyOf(doc.data.code);
  const namesakes = ownKey === undefined ? [] : (content.codePages.get(ownKey) ?? []).filter((b) => b.aliasNote === undefined);
  const numberKey = numberKeyOf(doc.data.code);
  const others = numberKey === undefined ? [] : (content.sameNumber.get(numberKey) ?? []).filter((id) => id !== doc.id && codeKeyOfId(id) !== ownKey);
  const issuer = organs.find((o) => o.id === doc.data.issuer);
  const history = issuer === undefined ? undefined : organHistory(issuer, organs);
  const study = STUDY_SECTIONS.map((key) => {
    const value = doc.data.study?.[key];
    const items = value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
    return { key, items: items.filter((x) => x.trim() !== '') };
  }).filter((s) => s.items.length > 0);
  return {
    depth: doc.data.study === undefined ? 'identity' : 'study',
    status: derivedStatus(content.graph, doc.id),
    sharedCode: ownKey !== undefined && namesakes.length > 1 ? { key: ownKey, count: namesakes.length } : undefined,
    sameNumber: numberKey !== undefined && others.length > 0 ? { key: numberKey, ids: others } : undefined,
    issuerHistory: history?.ended !== undefined ? history : undefined,
    plenum: documentPlenum(doc.data),
    study,
  };
}

/**
 * Whether a document gets a presentation view: only one that has study material to present (a
 * document with none would project its identity card alone); every document has its study kit.
 */
export function presentable(view: Pick<DocumentView, 'study'>): boolean {
  return view.study.length > 0;
}
