/** The JSON Schema of the open data, written from the content schemas. */
import { openDataJsonSchema } from '../../loader/open-data';

/** The schema file. */
export function GET(): Response {
  return new Response(JSON.stringify(openDataJsonSchema(), null, 1), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
}
