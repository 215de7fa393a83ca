/** The whole base as one JSON file (open data); its schema is so-tay.schema.json beside it. */
import { loadSite } from '../../loader/site';
import { openData } from '../../loader/open-data';

/** The export file. */
export function GET(): Response {
  return new Response(JSON.stringify(openData(loadSite())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
