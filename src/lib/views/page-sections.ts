/**
 * One section per topic on a document page. Editors outline a body under the headings Party
 * documents use ("Bối cảnh", "Chỉ tiêu", "Tổ chức thực hiện" …) and often fill the same topics as
 * fields (targets, study material): printed as they are, a page showed "Chỉ tiêu" twice and
 * "Bối cảnh" and "Tổ chức thực hiện" once in the body and again in the study material. This
 * decides, per topic, which of the two the page shows.
 */
import { slugify } from '../text/normalize';
import type { StudySection } from './document';

/** A topic a body section and a field can both cover. */
export type PageTopic = 'targets' | StudySection;

/** Body headings as editors write them (folded: no marks, lower case), by the topic they cover. */
const BODY_HEADINGS: Record<string, PageTopic> = {
  'chi-tieu': 'targets',
  'chi-tieu-va-moc-thoi-gian': 'targets',
  'boi-canh': 'background',
  'boi-canh-ban-hanh': 'background',
  'quan-diem': 'viewpoints',
  'quan-diem-chi-dao': 'viewpoints',
  'muc-tieu-tong-quat': 'generalGoal',
  'muc-tieu-cu-the': 'goals',
  'nhiem-vu-giai-phap': 'tasks',
  'nhiem-vu-va-giai-phap': 'tasks',
  'nhiem-vu-giai-phap-chu-yeu': 'tasks',
  'to-chuc-thuc-hien': 'organisation',
  'nhung-diem-moi': 'whatsNew',
  'diem-moi': 'whatsNew',
};

/** The topic a body heading names, or undefined for a heading of the editor's own ("Nội dung chính", "Hiệu lực"). */
export function headingTopic(heading: string): PageTopic | undefined {
  return BODY_HEADINGS[slugify(heading)];
}

/** What the page has for each topic. */
export interface PageSectionsInput {
  /** The body's `##` headings, in order. */
  bodyHeadings: readonly string[];
  /** Whether the document sets targets (the targets table). */
  targets: boolean;
  /** The study sections the document fills. */
  study: readonly StudySection[];
}

/** Which body sections and which study sections the page shows. */
export interface PageSections {
  /** Per body section (same order as the headings): shown or left out. */
  body: boolean[];
  /** The study sections the page shows, in their order (the study kit shows them all). */
  study: StudySection[];
}

/**
 * Each topic once: the targets table rather than a body section that words the same targets (the
 * table carries each figure's source and what was reported against it); the body's own account
 * of background, organisation … rather than the study material's list of the same (the study kit,
 * one click away, keeps the list for teaching). A heading the page builds nothing else for stays.
 */
export function pageSections({ bodyHeadings, targets, study }: PageSectionsInput): PageSections {
  const topics = bodyHeadings.map(headingTopic);
  const body = topics.map((topic) => topic !== 'targets' || !targets);
  const inBody = new Set(topics.filter((t, i): t is PageTopic => t !== undefined && body[i] === true));
  return { body, study: study.filter((key) => !inBody.has(key)) };
}
