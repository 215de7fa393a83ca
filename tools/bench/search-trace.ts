/**
 * `npm run bench:search-trace -- --q "chuyển đổi số" [--dir bench-out/corpus-10000/ours] [--runs 3] [--cpu 1]`:
 * where the time to a word search's first result goes, cold, on a phone-sized page of a site the
 * search benchmark left (npm run bench:search writes bench-out/corpus-<docs>/ours). For each run it
 * prints the request waterfall (when each file was asked for and arrived, ms after navigation),
 * the main thread's tasks of 50 ms or more, the moments the page marks (performance.mark) (its head script, its own
 * script, Pagefind started, the search asked and answered, the fragments) and the main thread's
 * busy time (Chromium's TaskDuration). `--cpu 4` slows the CPU as Lighthouse's phone does.
 * Not a test: it prints what to cut.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/serve.ts';
import { TRACE_CATEGORIES, mainThreadCpu, type TraceEvent } from './trace-cpu.ts';

const root = resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const dir = resolve(root, arg('dir', 'bench-out/corpus-10000/ours'));
const query = arg('q', 'chuyển đổi số');
const runs = Number(arg('runs', '3'));
const cpuRate = Number(arg('cpu', '1'));
/** `--profile`: also sample the main thread's JavaScript and print the functions that took the most time. */
const profile = argv.includes('--profile');
/** `--js-inflate`: leave Pagefind's files to Pagefind's own JavaScript inflater (the page's native one told it is already there). */
const jsInflate = argv.includes('--js-inflate');

/** The V8 profile's self time by function (ms), most first. */
function selfTimes(p: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] }): [string, number][] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  (p.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;
    total.set(key, (total.get(key) ?? 0) + (p.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...total.entries()].sort((a, b) => b[1] - a[1]);
}

// Before any script of the page: long tasks, the first painted answer, and Pagefind's calls timed.
const WATCH = `(() => {
  const w = window;
  w.__trace = { tasks: [], marks: [] };
  const mark = (name) => w.__trace.marks.push([name, performance.now()]);
  w.__mark = mark;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__trace.tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  const done = /Tìm thấy|Không tìm thấy|chưa có/;
  let seen = false;
  new MutationObserver(() => {
    const s = document.getElementById('search-status');
    if (!seen && s && done.test(s.textContent ?? '')) { seen = true; mark('answer in the page'); requestAnimationFrame(() => mark('answer painted')); }
    if (!w.__early && document.getElementById('search-early')) { w.__early = true; mark('head script parsed'); }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  const wi = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...a) { mark('wasm instantiate'); return wi.apply(this, a).then((r) => { mark('wasm ready'); return r; }); };
  let pf;
  Object.defineProperty(w, 'soTayPagefind', { configurable: true, get: () => pf, set: (v) => { if (v && !pf) { mark('Pagefind start asked'); v.then(() => mark('Pagefind started'), () => mark('Pagefind failed')); } pf = v; } });
})();`;

async function main(): Promise<void> {
  const server = await serve(dir, '/');
  const browser = await launch();
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
      await page.addInitScript(WATCH);
      if (jsInflate) await page.addInitScript('window.fetch.inflates = true;');
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const load = loadavg()[0]!;
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await page.goto(`${server.url}tim-kiem/?${new URLSearchParams({ q: query })}`);
      await page.waitForFunction(() => (window as unknown as { __trace: { marks: [string][] } }).__trace.marks.some(([m]) => m === 'answer painted'), undefined, { timeout: 60_000 });
      const { metrics } = await cdp.send('Performance.getMetrics');
      const traced = mainThreadCpu((JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents);
      const sampled = profile ? selfTimes((await cdp.send('Profiler.stop')).profile) : [];
      const metric = (n: string) => 1000 * (metrics.find((x) => x.name === n)?.value ?? 0);
      const trace = await page.evaluate(() => {
        const w = window as unknown as { __trace: { tasks: [number, number][]; marks: [string, number][] } };
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd },
          resources: resources.map((r) => ({ name: r.name.replace(location.origin, ''), start: r.startTime, end: r.responseEnd, kB: r.encodedBodySize / 1024, by: r.initiatorType })),
          tasks: w.__trace.tasks,
          marks: [...w.__trace.marks, ...performance.getEntriesByType('mark').map((m): [string, number] => [m.name, m.startTime])],
        };
      });
      await context.close();
      const f = (n: number) => n.toFixed(0).padStart(5);
      console.log(`\n=== "${query}" run ${i + 1} (load ${load.toFixed(1)}, CPU ×${cpuRate}${jsInflate ? ', inflated by Pagefind' : ''}): main thread CPU ${traced.cpu.toFixed(0)} ms in tasks of ${traced.wall.toFixed(0)} ms wall; busy ${metric('TaskDuration').toFixed(0)} ms (scripts ${metric('ScriptDuration').toFixed(0)}, layout ${metric('LayoutDuration').toFixed(0)}, style ${metric('RecalcStyleDuration').toFixed(0)})`);
      console.log(`page: response ${f(trace.nav.responseEnd)}, interactive ${f(trace.nav.domInteractive)}, DOMContentLoaded ${f(trace.nav.domContentLoaded)}`);
      const events: [number, string][] = [
        ...trace.resources.map((r): [number, string] => [r.start, `req ${f(r.start)} → ${f(r.end)} ${r.kB.toFixed(1).padStart(6)} kB ${r.by.padEnd(6)} ${r.name}`]),
        ...trace.tasks.map(([s, d]): [number, string] => [s, `TASK ${f(s)} + ${f(d)} ms`]),
        ...trace.marks.map(([m, t]): [number, string] => [t, `MARK ${f(t)} ${m}`]),
      ];
      for (const [, line] of events.sort((a, b) => a[0] - b[0])) console.log(line);
      if (profile) for (const [name, ms] of sampled.filter(([n]) => !/^\((idle|program)\)/.test(n)).slice(0, 25)) console.log(`self ${ms.toFixed(1).padStart(7)} ms  ${name}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
