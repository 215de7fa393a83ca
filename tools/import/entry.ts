/**
 * A draft as a content file: frontmatter in the order docs/content-fields.md shows, the source
 * being the imported file itself, a summary composed from the facts read (the editor may rewrite
 * it), and the body as read. Also the proposed organ entry as organs.yaml lines.
 */
import { stringify } from 'yaml';
import { getKind } from '../../src/lib/codes/kinds';
import { formatViDate } from '../../src/lib/text/dates';
import type { Draft } from '../../src/lib/import/draft';
import type { OrganProposal } from '../../src/lib/import/organs';

/** What the file needs besides the draft: the source file's name and the issuer's name. */
export interface EntryContext {
  fileName: string;
  issuerName?: string | undefined;
  /** Codes of relation targets, by id, for the summary ("thực hiện Nghị quyết số 58-NQ/TW"). */
  targetLabel: (id: string) => string;
}

const RELATION_WORDS: Record<string, string> = { implements: 'thực hiện', guides: 'hướng dẫn', amends: 'sửa đổi, bổ sung', replaces: 'thay thế', reviews: 'sơ kết, tổng kết', continues: 'tiếp tục thực hiện', cites: 'dẫn chiếu' };

/** A factual summary from what was read: kind, issuer, date, the first relation, the title. */
export function composeSummary(draft: Draft, ctx: EntryContext): string | undefined {
  const f = draft.fields;
  if (f.kind === undefined || f.title === undefined) return undefined;
  const kind = getKind(f.kind)?.name ?? f.kind;
  const by = ctx.issuerName === undefined ? '' : ` của ${ctx.issuerName.replace(/\s*\([^)]*\)/g, '')}`;
  const when = f.issued === undefined ? '' : `, ban hành ngày ${formatViDate(f.issued)}`;
  const rel = f.relations[0];
  const target = rel === undefined ? undefined : ctx.targetLabel(rel.target);
  // The trích yếu often names the document carried out already; the sentence is then not repeated.
  const relText = rel === undefined || target === undefined || f.title.includes(target.split(' ').pop()!) ? '' : ` Văn bản ${RELATION_WORDS[rel.type]} ${target}.`;
  const title = f.title.charAt(0).toLowerCase() + f.title.slice(1);
  return `${kind}${by}${when}: ${title.replace(/[.]$/, '')}.${relText}`;
}

/** The whole content file for a draft. */
export function entryText(draft: Draft, ctx: EntryContext): string {
  const f = draft.fields;
  const data: Record<string, unknown> = {};
  if (f.code !== undefined) data['code'] = f.code;
  if (f.kind !== undefined) data['kind'] = f.kind;
  if (f.title !== undefined) data['title'] = f.title;
  if (f.issued !== undefined) data['issued'] = formatViDate(f.issued);
  if (f.issuer !== undefined) data['issuer'] = f.issuer;
  if (f.term !== undefined) data['term'] = f.term;
  data['signer'] = f.signer ?? 'unknown';
  if (f.scope !== undefined) data['scope'] = f.scope;
  if (f.province !== undefined) data['province'] = f.province;
  else if (f.scope !== undefined && f.scope !== 'central') data['province'] = 'unknown';
  data['topics'] = [];
  const summary = composeSummary(draft, ctx);
  if (summary !== undefined) data['summary'] = summary;
  const kindName = f.kind === undefined ? 'Văn bản' : (getKind(f.kind)?.name ?? 'Văn bản');
  data['sources'] = [
    {
      outlet: ctx.issuerName ?? 'unknown',
      title: f.code === undefined ? `${kindName} (văn bản gốc)` : `${kindName} số ${f.code}`,
      ...(f.issued === undefined ? {} : { date: formatViDate(f.issued) }),
      supports: 'số hiệu, ngày ban hành, cơ quan ban hành, người ký, trích yếu, nội dung',
      note: `Nhập từ tệp ${ctx.fileName} bằng npm run import; thêm địa chỉ công khai của văn bản (url) nếu có.`,
    },
  ];
  if (f.relations.length > 0) data['relations'] = f.relations;
  const front = stringify(data, { lineWidth: 0 }).trimEnd();
  return `---\n${front}\n---\n\n${draft.body.trim()}\n`;
}

/** A proposed organ as lines to add to content/organs.yaml. */
export function organYaml(p: OrganProposal): string {
  const item: Record<string, unknown> = { id: p.id, name: p.name, level: p.level };
  if (p.province !== undefined) item['province'] = p.province;
  return stringify([item], { lineWidth: 0 });
}
