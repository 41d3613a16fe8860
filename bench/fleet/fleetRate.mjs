#!/usr/bin/env node
// The fleet rate table: 1, 5 and 20 separate client objects (8 request loops each) share one
// API key's limiter, a Durable Object in workerd (Miniflare), against the emulator on
// 127.0.0.1 with Engage's limit (50 requests/s per key). Beside them, one client with the
// core's own in-isolate limiter at the same rate. A benchmark, never a test: it prints figures.
//   node bench/fleet/fleetRate.mjs [--seconds 15]
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const secondsFlag = process.argv.indexOf("--seconds");
const seconds = secondsFlag === -1 ? 15 : Number(process.argv[secondsFlag + 1]);
const cloudflareTests = join(root, "packages", "cloudflare", "test");

// The harness is TypeScript shared with the workerd suite: bundle it for Node (the workspace
// packages from source), keeping Miniflare and esbuild as they are installed.
const cacheDir = join(here, "..", "node_modules", ".cache");
mkdirSync(cacheDir, { recursive: true });
const harnessFile = join(cacheDir, "fleetHarness.mjs");
await build({
  entryPoints: [join(cloudflareTests, "fleetHarness.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  conditions: ["@engage-orders/source"],
  external: ["miniflare", "esbuild"],
  outfile: harnessFile,
  logLevel: "silent",
});
const { startFleetHarness, fleetKeys } = await import(pathToFileURL(harnessFile).href);

const harness = await startFleetHarness(join(cloudflareTests, "fleetWorker.ts"));
const base = { mode: "burst", binding: "LIMITER", concurrency: 8, durationMs: seconds * 1000 };
const rows = [];
try {
  const runs = [
    { label: "1 client, core limiter (in-isolate, 47/s)", limiter: "core", clients: 1 },
    { label: "1 client, fleet limiter", limiter: "fleet", clients: 1 },
    { label: "5 clients, fleet limiter", limiter: "fleet", clients: 5 },
    { label: "20 clients, fleet limiter", limiter: "fleet", clients: 20 },
    { label: "20 clients, core limiter each (no fleet limit)", limiter: "core", clients: 20 },
  ];
  for (const [index, run] of runs.entries()) {
    const figures = await harness.run(
      { ...base, limiter: run.limiter, apiKey: fleetKeys[index + 6] },
      run.clients,
    );
    rows.push({ ...run, figures });
  }
} finally {
  await harness.close();
}

const fixed = (value, digits) => value.toFixed(digits);
console.log(
  `Fleet rate: ${seconds} s per run, 8 request loops per client, emulator limit 50/s per key\n`,
);
console.log(
  "| run | requests/s | max in a calendar second | max in any 1-s span | 429s | limiter round trips per request | send times dropped late |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const { label, limiter, figures } of rows) {
  const roundTrips = limiter === "core" ? "0 (local)" : fixed(figures.leasesPerRequest, 3);
  console.log(
    `| ${label} | ${fixed(figures.averagePerSecond, 1)} | ${figures.maxInCalendarSecond} | ${figures.maxInAnySecond} | ${figures.rateLimited} | ${roundTrips} | ${figures.dropped} |`,
  );
}
