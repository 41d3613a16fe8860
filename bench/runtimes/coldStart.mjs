#!/usr/bin/env node
// Benchmark (not a test): cold import plus first call of the built core in Node, Deno,
// workerd and Chromium, each against the emulator served on 127.0.0.1. Every run starts a
// fresh process, isolate or page; figures are medians. Run after a build:
//   node bench/runtimes/coldStart.mjs [--runs 7]
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { createEngageEmulator } from "@engage-orders/emulator";
import { toNodeListener } from "@engage-orders/emulator/node";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { chromium } from "playwright-core";
import { chromiumArgs, findChromium } from "../../scripts/chromium.mjs";
import { parseFlags, positiveInteger } from "../../scripts/parseFlags.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const coreEntry = join(root, "packages/core/dist/index.js");
const usage = "usage: node bench/runtimes/coldStart.mjs [--runs 7]";
const { values } = parseFlags({ runs: { type: "string" } }, usage);
const runs = positiveInteger(values, "runs", 7, usage);
const apiKey = "test-key-bench";

/** Debian's Chromium; the benchmark cannot run without it. */
function chromiumPath() {
  const found = findChromium();
  if ("missing" in found) throw new Error(found.missing);
  return found.path;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Starts the emulator on 127.0.0.1, also serving the core bundle for the page. */
async function startEmulator(coreBundle) {
  const emulator = createEngageEmulator({
    apiKeys: [apiKey],
    contacts: [{ contactId: "bench-contact" }],
    rateLimit: false,
  });
  const probe = readFileSync(join(here, "coldStartProbe.mjs"), "utf8");
  const server = createServer(
    toNodeListener(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === "/")
        return new Response("<!doctype html><title>cold start</title>", {
          headers: { "content-type": "text/html" },
        });
      if (path === "/core.js")
        return new Response(coreBundle, { headers: { "content-type": "text/javascript" } });
      if (path === "/probe.js")
        return new Response(probe, { headers: { "content-type": "text/javascript" } });
      return emulator.fetch(request);
    }),
  );
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Runs a fresh process (the emulator answers from this one, so the wait must not block). */
async function inProcess(command, args, env = {}) {
  const { stdout } = await promisify(execFile)(command, args, {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return JSON.parse(stdout.trim().split("\n").pop());
}

const probeUrl = pathToFileURL(join(here, "coldStartProbe.mjs")).href;
const coreUrl = pathToFileURL(coreEntry).href;
const rawScript = (url) =>
  `import { measureRawFirstFetch } from ${JSON.stringify(probeUrl)};` +
  `console.log(JSON.stringify(await measureRawFirstFetch(${JSON.stringify(url)}, ${JSON.stringify(apiKey)})));`;
const script = (url) =>
  `import { measureColdStart } from ${JSON.stringify(probeUrl)};` +
  `console.log(JSON.stringify(await measureColdStart(() => import(${JSON.stringify(coreUrl)}), ${JSON.stringify(url)}, ${JSON.stringify(apiKey)})));`;

const coreBundle = (
  await build({ entryPoints: [coreEntry], bundle: true, format: "esm", write: false, minify: true })
).outputFiles[0].text;
const emulator = await startEmulator(coreBundle);
const results = {};
const record = (runtime, sample) => {
  results[runtime] ??= { importMs: [], firstCallMs: [], rawFirstFetchMs: [] };
  for (const [name, value] of Object.entries(sample)) results[runtime][name].push(value);
};

try {
  const deno = join(root, "runtime-tests/node_modules/.bin/deno");
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs],
  });
  for (let run = 0; run < runs; run++) {
    record(
      "Node",
      await inProcess(process.execPath, ["--input-type=module", "-e", script(emulator.url)]),
    );
    record(
      "Node",
      await inProcess(process.execPath, ["--input-type=module", "-e", rawScript(emulator.url)]),
    );
    record(
      "Deno",
      await inProcess(deno, ["eval", "--no-check", script(emulator.url)], {
        DENO_DIR: join(root, "runtime-tests/.deno"),
        NO_COLOR: "1",
      }),
    );
    record(
      "Deno",
      await inProcess(deno, ["eval", "--no-check", rawScript(emulator.url)], {
        DENO_DIR: join(root, "runtime-tests/.deno"),
        NO_COLOR: "1",
      }),
    );
    // workerd freezes its clock between I/O, so the start is timed from outside: process,
    // isolate and module evaluation (the core imported statically, as a bundled Worker does).
    const workerStartedAt = performance.now();
    const worker = new Miniflare({
      compatibilityDate: "2026-04-01",
      modules: [
        {
          type: "ESModule",
          path: join(here, "virtual-worker.js"),
          contents:
            'import * as core from "./core.js"; import { measureColdStart } from "./probe.js";' +
            `export default { async fetch() { return Response.json(await measureColdStart(async () => core, ${JSON.stringify(emulator.url)}, ${JSON.stringify(apiKey)})); } };`,
        },
        { type: "ESModule", path: join(here, "core.js"), contents: coreBundle },
        {
          type: "ESModule",
          path: join(here, "probe.js"),
          contents: readFileSync(join(here, "coldStartProbe.mjs"), "utf8"),
        },
      ],
    });
    await worker.ready;
    const workerReadyAt = performance.now();
    const inWorker = await (await worker.dispatchFetch("http://bench.local/")).json();
    record("workerd", {
      importMs: workerReadyAt - workerStartedAt,
      firstCallMs: inWorker.firstCallMs,
    });
    await worker.dispose();
    const rawWorker = new Miniflare({
      compatibilityDate: "2026-04-01",
      modules: [
        {
          type: "ESModule",
          path: join(here, "virtual-raw-worker.js"),
          contents:
            'import { measureRawFirstFetch } from "./probe.js";' +
            `export default { async fetch() { return Response.json(await measureRawFirstFetch(${JSON.stringify(emulator.url)}, ${JSON.stringify(apiKey)})); } };`,
        },
        {
          type: "ESModule",
          path: join(here, "probe.js"),
          contents: readFileSync(join(here, "coldStartProbe.mjs"), "utf8"),
        },
      ],
    });
    record("workerd", await (await rawWorker.dispatchFetch("http://bench.local/")).json());
    await rawWorker.dispose();
    const page = await browser.newPage();
    await page.goto(emulator.url);
    record(
      "Chromium",
      await page.evaluate(
        async ([url, key]) => {
          const { measureColdStart } = await import("/probe.js");
          return measureColdStart(() => import("/core.js"), url, key);
        },
        [emulator.url, apiKey],
      ),
    );
    await page.close();
    const rawPage = await browser.newPage();
    await rawPage.goto(emulator.url);
    record(
      "Chromium",
      await rawPage.evaluate(
        async ([url, key]) => (await import("/probe.js")).measureRawFirstFetch(url, key),
        [emulator.url, apiKey],
      ),
    );
    await rawPage.close();
  }
  await browser.close();
} finally {
  emulator.close();
}

console.log(`Cold import and first call of the built core, median of ${runs} fresh starts each`);
console.log(
  "| runtime | cold import of the core | first call through the core | first raw fetch, same request | core / raw |",
);
console.log("|---|---:|---:|---:|---:|");
for (const [runtime, samples] of Object.entries(results)) {
  const core = median(samples.firstCallMs);
  const raw = median(samples.rawFirstFetchMs);
  console.log(
    `| ${runtime} | ${median(samples.importMs).toFixed(2)} ms | ${core.toFixed(2)} ms | ${raw.toFixed(2)} ms | ${(core / raw).toFixed(2)}x |`,
  );
}
console.log(
  "workerd's import column is timed from outside (process, isolate and module evaluation): its clock stands still between I/O.",
);
