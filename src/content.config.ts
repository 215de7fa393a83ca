/**
 * The content collections: documents, organs, topics, provinces and reports, each filled by an
 * object loader over the one reader (src/loader/collections.ts: read once, checked once with the
 * editors' Vietnamese messages, the graph built once). Each schema is the content check's own
 * schema (src/loader/schemas) for the fields as checked, with the ids that point at another entry
 * as `reference()`s: the issuer and reporting organ, topics, the province (`provinceRef`, beside
 * the name as written), relation targets, the document that decides a status or ended an organ,
 * parent and successor organs, the province a province merged into. Pages query these with
 * `getCollection`, `getEntry` and `getEntries`, and take their types from them.
 *
 * Rules between fields and entries stay in the check (src/loader/check.ts), which names file,
 * line, field and fix; by the time an entry reaches these schemas it has passed them.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { siteLoader } from './loader/collections';
import { documentFieldsSchema, relationSchema } from './loader/schemas/document';
import { endedBySchema, organSchema } from './loader/schemas/organ';
import { provinceSchema } from './loader/schemas/province';
import { reportSchema } from './loader/schemas/report';
import { topicSchema } from './loader/schemas/topic';

/** The province entry a document or organ names, when provinces.yaml has it (absent for `unknown`). */
const provinceRef = reference('provinces').optional().describe('Tỉnh trong content/provinces.yaml mà trường `province` gọi tên.');

const documents = defineCollection({
  loader: siteLoader('documents'),
  schema: documentFieldsSchema.extend({
    issuer: reference('organs'),
    topics: z.array(reference('topics')),
    relations: z.array(relationSchema.extend({ target: reference('documents') })),
    statusBy: reference('documents').optional(),
    provinceRef,
  }),
});

const { id: _organId, ...organFields } = organSchema.shape;
const organs = defineCollection({
  loader: siteLoader('organs'),
  schema: z
    .object({
      ...organFields,
      parent: reference('organs').optional(),
      mergedInto: reference('organs').optional(),
      succeededBy: reference('organs').optional(),
      endedBy: endedBySchema.extend({ document: reference('documents').optional() }).optional(),
      provinceRef,
    })
    .strict(),
});

const { id: _topicId, ...topicFields } = topicSchema.shape;
const topics = defineCollection({
  loader: siteLoader('topics'),
  schema: z.object(topicFields).strict(),
});

const { id: _provinceId, ...provinceFields } = provinceSchema.shape;
const provinces = defineCollection({
  loader: siteLoader('provinces'),
  schema: z.object({ ...provinceFields, mergedInto: reference('provinces').optional() }).strict(),
});

const reports = defineCollection({
  loader: siteLoader('reports'),
  schema: z
    .object({
      ...reportSchema.shape,
      organ: reference('organs'),
      document: reference('documents').optional(),
    })
    .strict(),
});

/** The five collections, by the names pages query them with. */
export const collections = { documents, organs, topics, provinces, reports };
