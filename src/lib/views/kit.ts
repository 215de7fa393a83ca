/**
 * The study kit of a document (tài liệu học tập): its parts in the order a trainer teaches them,
 * each present only when the base has something for it (never an empty heading).
 */
import type { Graph } from '../graph/graph';
import { implementationTree, type ChainTree } from '../graph/graph';
import type { StudySection } from './document';

/** A study section with its paragraphs (as documentView gives them). */
export interface KitStudy {
  key: StudySection;
  items: string[];
}

/** The kit, part by part; a part left out is undefined or empty. */
export interface KitView {
  /** Background: the editor's text, what the document continues, what reviewed it. */
  background?: { items: string[]; continues: string[]; reviewedBy: string[] } | undefined;
  /** Viewpoints and goals, before the targets table. */
  aims: KitStudy[];
  /** Whether the targets table is shown (the document sets targets). */
  targets: boolean;
  /** Tasks, who does what, what is new, questions and reflection prompts. */
  work: KitStudy[];
  /** The documents that carry it out, as a tree, when there are any. */
  chain?: ChainTree | undefined;
}

const AIMS: readonly StudySection[] = ['viewpoints', 'generalGoal', 'goals'];
const WORK: readonly StudySection[] = ['tasks', 'organisation', 'whatsNew', 'questions', 'reflections'];

/** The kit of document `id` from its study sections (in reading order), its target count and the graph. */
export function kitView(id: string, study: readonly KitStudy[], targetCount: number, graph: Graph): KitView {
  const continues = (graph.outgoing.get(id) ?? []).filter((e) => e.type === 'continues').map((e) => e.to);
  const reviewedBy = (graph.incoming.get(id) ?? []).filter((e) => e.type === 'reviews').map((e) => e.from);
  const items = study.find((s) => s.key === 'background')?.items ?? [];
  const tree = implementationTree(graph, id);
  return {
    background: items.length + continues.length + reviewedBy.length > 0 ? { items, continues, reviewedBy } : undefined,
    aims: study.filter((s) => AIMS.includes(s.key)),
    targets: targetCount > 0,
    work: study.filter((s) => WORK.includes(s.key)),
    chain: tree.children.length > 0 ? tree : undefined,
  };
}
