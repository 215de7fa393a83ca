/**
 * The delivery pass as a process of its own (started by `deliverInChild`, delivery.ts): its heap
 * holds only what the pass keeps, not what Astro's build left in the build's process, and it runs
 * while the build's process drives Pagefind. It starts the pass on `start`, ends it on `finish`
 * (once the other steps have written their files) and answers with its report or its problems.
 */
import { startDelivery, type DeliveryMessage, type DeliveryRun, type ProcessStats } from './delivery';

const started = performance.now();
let run: DeliveryRun | undefined;

/** This process's time, CPU and peak memory so far. */
function stats(): ProcessStats {
  const cpu = process.cpuUsage();
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakMB: process.resourceUsage().maxRSS / 1024 };
}

/** Answer the build, then leave. */
function answer(message: DeliveryMessage): void {
  process.send!(message, () => process.exit(0));
}

process.on('message', (message: DeliveryMessage) => {
  if (message.type === 'start') {
    try {
      run = startDelivery(message.siteDir, message.base, message.options);
    } catch (error) {
      answer({ type: 'failed', message: error instanceof Error ? error.message : String(error), stats: stats() });
    }
  } else if (message.type === 'finish' && run !== undefined) {
    run.finish().then(
      (report) => answer({ type: 'done', report, stats: stats() }),
      (error: unknown) => answer({ type: 'failed', message: error instanceof Error ? error.message : String(error), stats: stats() }),
    );
  }
});
// The build gone (killed, or failed elsewhere): nothing left to answer.
process.on('disconnect', () => process.exit(0));
