/** One document's data beside its page (/van-ban/<id>/van-ban.json), shaped like its record in the whole export. */
import { getCollection } from 'astro:content';
import { loadSite } from '../../../loader/site';
import { documentRecord } from '../../../loader/open-data';

/** One file per document of the collection. */
export async function getStaticPaths() {
  // Entries the loader holds too (in the dev server, a moment after a save, the store may still hold a removed one).
  const site = loadSite();
  return (await getCollection('documents', (entry) => site.docById.has(entry.id))).map((entry) => ({ params: { id: entry.id } }));
}

/** The document's file. */
export function GET({ params }: { params: { id: string } }): Response {
  const site = loadSite();
  return new Response(JSON.stringify(documentRecord(site, site.docById.get(params.id)!), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
