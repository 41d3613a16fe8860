// Child process of importBench.mjs: imports a big file against a stub and reports RSS.
import { runOnce } from "./importRun.mjs";

const [file, dir] = process.argv.slice(2);
globalThis.gc?.();
// Load every module and warm up on a tiny run first, so the baseline includes the code.
const { createFixture } = await import("./importRun.mjs");
createFixture(`${dir}/warm.ndjson`, 100);
await runOnce({ dir, file: `${dir}/warm.ndjson`, rate: false, backend: "stub" });
globalThis.gc?.();
const baseline = process.memoryUsage().rss;
const baselineHeap = process.memoryUsage().heapUsed;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const result = await runOnce({ dir, file, rate: false, backend: "stub" });
if (result.code !== 0) throw new Error(`the import ended with exit code ${result.code}`);
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
// What the run left behind once garbage is collected: growth that stays is what a flat import must not have.
globalThis.gc?.();
const retained = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    baselineMb: baseline / 2 ** 20,
    peakMb: peak / 2 ** 20,
    retainedRssMb: retained.rss / 2 ** 20,
    retainedHeapGrowthMb: (retained.heapUsed - baselineHeap) / 2 ** 20,
    sent: result.sent,
    totalMs: result.totalMs,
  }),
);
