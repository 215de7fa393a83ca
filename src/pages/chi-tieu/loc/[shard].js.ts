/**
 * The targets overview's data files, one per value of each filter (src/lib/views/target-shards.ts):
 * a classic script, not JSON, because a page opened from file:// may load a script but not fetch.
 */
import { targetOverview } from '../../../ui/target-overview';
import { encodeShard } from '../../../lib/views/target-shards';

/** One file per filter value that has rows. */
export async function getStaticPaths() {
  return [...(await targetOverview()).shards.keys()].map((shard) => ({ params: { shard } }));
}

/** The rows of one value, handed to the page's filter script. */
export async function GET({ params }: { params: { shard: string } }): Promise<Response> {
  const rows = (await targetOverview()).shards.get(params.shard) ?? [];
  const body = `window.soTayTargets&&window.soTayTargets(${JSON.stringify(params.shard)},${JSON.stringify(encodeShard(rows))});\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
