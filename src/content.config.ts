/**
 * Collections over the top-level content/ folder. The schemas live in src/schemas/ (plain zod);
 * the content check (src/plugins/content-check.ts) has already validated every file with the
 * same schemas and cross-entry rules before Astro loads them, so errors reach editors with file,
 * line and field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentSchema } from './content/schemas/document';
import { organSchema } from './content/schemas/organ';
import { reportSchema } from './content/schemas/report';
import { topicSchema } from './content/schemas/topic';
import { idFromPath } from './content/identity';

const documents = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: './content/documents',
    generateId: ({ entry }) => idFromPath(entry),
  }),
  schema: documentSchema,
});

const organs = defineCollection({ loader: file('content/organs.yaml'), schema: organSchema });
const topics = defineCollection({ loader: file('content/topics.yaml'), schema: topicSchema });
const reports = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './content/reports' }),
  schema: reportSchema,
});

export const collections = { documents, organs, topics, reports };
