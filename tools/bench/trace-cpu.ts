/**
 * The CPU time of a page's main thread, read from a Chrome trace: on this shared machine a task's
 * wall time grows with the load, the thread's own clock (`tdur`) much less. Used by the search
 * benchmarks (search.ts, search-trace.ts).
 */

/** The trace categories that carry the main thread's tasks with their thread time. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** A Chrome trace's event (the fields read here). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The CPU time and the wall time (ms) of the tasks of the main thread that parsed the search page. */
export function mainThreadCpu(events: readonly TraceEvent[], page = /tim-kiem/): { cpu: number; wall: number } {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  const parsed = new Set(events.filter((e) => e.name === 'ParseHTML' && page.test(JSON.stringify(e.args ?? {}))).map((e) => `${e.pid}:${e.tid}`));
  const thread = mains.find((t) => parsed.has(t)) ?? mains[0];
  let cpu = 0;
  let wall = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || `${e.pid}:${e.tid}` !== thread) continue;
    cpu += (e.tdur ?? 0) / 1000;
    wall += (e.dur ?? 0) / 1000;
  }
  return { cpu, wall };
}
