/**
 * The base as open data: every document (identity, relations both ways, targets, status as the
 * graph derives it, sources), organs, topics, provinces and reports, in one JSON file and one file
 * per document; and the JSON Schema of that file, written from the same zod schemas the content
 * check uses, so the export and its description cannot drift apart.
 */
import { z } from 'zod';
import { derivedStatus } from '../lib/graph/graph';
import { RELATION_TYPES, STATUSES } from '../lib/model';
import { paths } from '../lib/paths';
import { documentFieldsSchema, targetSchema } from './schemas/document';
import { showTarget } from '../ui/format';
import { organSchema } from './schemas/organ';
import { provinceSchema } from './schemas/province';
import { reportSchema } from './schemas/report';
import { topicSchema } from './schemas/topic';
import { idSchema, viDateOrUnknownSchema, viDateSchema } from './schemas/shared';
import type { DocEntry, Site } from './site';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What the export adds to a document's fields: its id, its page, what the graph says. */
const documentRecordSchema = documentFieldsSchema.extend({
  id: idSchema.describe('Mã văn bản trong Sổ tay (tên tệp, đường dẫn trang).'),
  page: z.string().describe('Đường dẫn trang của văn bản (không kèm đường dẫn gốc của nơi đặt trang).'),
  statusDerived: z
    .object({
      value: z.enum(STATUSES),
      decidedOn: z.string().describe('Ngày (yyyy-mm-dd) của dữ kiện quyết định tình trạng, hoặc unknown.'),
      decidedBy: idSchema.optional(),
      derived: z.boolean().describe('true khi tình trạng suy ra từ quan hệ, không do biên tập viên ghi.'),
      asOf: z.string().describe('Ngày mới nhất Sổ tay ghi nhận về văn bản này, hoặc unknown.'),
    })
    .strict()
    .describe('Tình trạng như Sổ tay suy ra từ các quan hệ và nguồn.'),
  incoming: z.array(z.object({ type: z.enum(RELATION_TYPES), from: idSchema }).strict()).describe('Văn bản khác có quan hệ tới văn bản này (cả dẫn chiếu trong nội dung).'),
  body: z.string().optional().describe('Nội dung (Markdown), bằng lời của ban biên tập: có trong tệp riêng của văn bản (data), không có trong tệp chung (để tệp chung vẫn gọn khi Sổ tay có hàng chục nghìn văn bản).'),
  data: z.string().describe('Đường dẫn tệp JSON riêng của văn bản (có cả nội dung), không kèm đường dẫn gốc.'),
  term: z.string().regex(/^[IVXLC]+$/).optional().describe('Khóa, số La Mã (XIII).'),
  targets: z
    .array(targetSchema.extend({ text: z.string().describe('Mức của chỉ tiêu như trang in ra, đúng lời nguồn: "khoảng 10–12 %/năm", "ít nhất 8,5–9,5%", "thuộc nhóm 3 nước dẫn đầu Đông Nam Á", "phấn đấu đạt ít nhất 30% GDP".') }))
    .describe('Chỉ tiêu đo được, mỗi chỉ tiêu kèm cách in (text).'),
  added: isoDate.optional(),
  updated: isoDate.optional(),
});

/** The whole export. */
export const openDataSchema = z
  .object({
    name: z.string(),
    asOf: z.string().describe('Ngày (yyyy-mm-dd) của thay đổi mới nhất trong Sổ tay, hoặc unknown.'),
    documents: z.array(documentRecordSchema),
    organs: z.array(organSchema),
    topics: z.array(topicSchema),
    provinces: z.array(provinceSchema),
    reports: z.array(reportSchema.extend({ id: idSchema })),
  })
  .strict();

/** One document's record in the export. */
export type DocumentRecordJson = z.output<typeof documentRecordSchema>;

/** The transform function inside a `z.union(…).transform(fn)` schema, if it is one. */
function transformOf(schema: unknown): unknown {
  const def = (schema as { _zod?: { def?: { type?: string; out?: { _zod?: { def?: { transform?: unknown } } } } } })._zod?.def;
  return def?.type === 'pipe' ? def.out?._zod?.def?.transform : undefined;
}
const DATE = transformOf(viDateSchema);
const DATE_OR_UNKNOWN = transformOf(viDateOrUnknownSchema);

/** The JSON Schema (draft 2020-12) of the export; dates are ISO strings there, as stored. */
export function openDataJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(openDataSchema, {
    io: 'output',
    unrepresentable: 'any',
    override: (ctx) => {
      // Dates are read from dd/mm/yyyy by a transform; what the export holds is the ISO string. A
      // described date is a clone of the shared schema, so it is known by its transform function.
      const transform = transformOf(ctx.zodSchema);
      if (transform === undefined || (transform !== DATE && transform !== DATE_OR_UNKNOWN)) return;
      const description = (ctx.jsonSchema as Record<string, unknown>)['description'];
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, { type: 'string', pattern: transform === DATE ? '^\\d{4}-\\d{2}-\\d{2}$' : '^(?:\\d{4}-\\d{2}-\\d{2}|unknown)$' }, description === undefined ? {} : { description });
    },
  }) as Record<string, unknown>;
  return { ...schema, title: 'Sổ tay Nghị quyết: dữ liệu mở', $id: 'so-tay.schema.json' };
}

/** One document as the export gives it. */
export function documentRecord(site: Site, doc: DocEntry): DocumentRecordJson {
  const status = derivedStatus(site.graph.graph, doc.id);
  const change = site.changes.find((c) => c.doc.id === doc.id);
  return {
    ...doc.data,
    targets: doc.data.targets.map((t) => ({ ...t, text: showTarget(t) })),
    id: doc.id,
    page: paths.document(doc.id),
    statusDerived: { value: status.value, decidedOn: status.decidedOn, decidedBy: status.decidedBy, derived: status.derived, asOf: status.asOf },
    incoming: (site.graph.graph.incoming.get(doc.id) ?? []).map((e) => ({ type: e.type, from: e.from })),
    body: doc.body,
    data: paths.documentData(doc.id),
    added: change?.added,
    updated: change?.changed,
  };
}

/** The whole base as one object, ready for JSON.stringify. */
export function openData(site: Site): z.output<typeof openDataSchema> {
  return {
    name: 'Sổ tay Nghị quyết',
    asOf: site.changes.map((c) => c.changed).sort().pop() ?? 'unknown',
    // Without bodies: each is in the document's own file (`data`); with them, 50,000 documents
    // would pass the longest string a JavaScript engine can build.
    documents: site.documents.map((d) => {
      const { body: _body, ...record } = documentRecord(site, d);
      return record;
    }),
    organs: site.organData,
    topics: site.topics.map((t) => t.data),
    provinces: site.provinces.map((p) => p.data),
    reports: site.reports.map((r) => ({ ...r.data, id: r.id })),
  };
}
