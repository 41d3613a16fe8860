#!/usr/bin/env node
// Measures in-process requests per second for the create → job → action cycle.
// Reads the built package (dist); builds it first when dist is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
if (!existsSync(join(packageDir, "dist", "index.js"))) {
  execFileSync(process.execPath, [join(packageDir, "node_modules", ".bin", "tsup")], {
    cwd: packageDir,
    stdio: "inherit",
  });
}
const { createEngageEmulator, DEFAULT_API_KEY, latencyProfiles } = await import(
  pathToFileURL(join(packageDir, "dist", "index.js")).href
);

const cycles = Number(process.argv[2] ?? 5000);
const headers = {
  apikey: DEFAULT_API_KEY,
  "user-agent": "EmulatorBench/1.0",
  "content-type": "application/json",
};
const base = "http://engage.bench";

function order(orderId) {
  return {
    orderId,
    contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
    status: "InProgress",
    currencyCode: "SEK",
    createdAt: "2025-12-03T15:15:19+01:00",
    lineItems: {
      items: [
        { quantity: 2, article: { sku: "SKU-1", name: "Mug" }, totalPrice: 200 },
        { quantity: 1, article: { sku: "SKU-2" }, totalPrice: 54.08 },
      ],
      subTotal: 254.08,
    },
  };
}

/** Runs `count` cycles; `advanceMs` moves the manual clock before each poll. */
async function run(name, latency, advanceMs, count) {
  const emulator = createEngageEmulator({
    clock: "manual",
    latency,
    rateLimit: false,
    seed: "bench",
  });
  emulator.seedContact({ email: "ada@example.com" });
  const send = (method, path, body) =>
    emulator.fetch(
      new Request(`${base}${path}`, {
        method,
        headers,
        ...(body ? { body: JSON.stringify(body) } : {}),
      }),
    );
  const cycle = async (index) => {
    const created = await send("POST", "/api/v3/orders", order(`${name}-${index}`));
    if (created.status !== 202) throw new Error(`create answered ${created.status}`);
    const { jobId } = await created.json();
    if (advanceMs > 0) emulator.advance(advanceMs);
    const job = await (await send("GET", `/api/v3/orders/jobs/${jobId}`)).json();
    if (job.status !== "Completed") throw new Error(`job is ${job.status}`);
    const action = await send("POST", `/api/v3/orders/${encodeURIComponent(job.orderId)}/action`, {
      action: "ConfirmOrder",
      versionTag: job.versionTag,
    });
    if (action.status !== 202) throw new Error(`action answered ${action.status}`);
    await action.arrayBuffer();
  };
  for (let index = 0; index < Math.min(500, count); index++) await cycle(`warmup-${index}`);
  const started = performance.now();
  for (let index = 0; index < count; index++) await cycle(index);
  const seconds = (performance.now() - started) / 1000;
  return {
    scenario: name,
    cycles: count,
    requests: count * 3,
    seconds: seconds.toFixed(2),
    "requests/s": Math.round((count * 3) / seconds),
    "cycles/s": Math.round(count / seconds),
  };
}

/** The floor set by the platform: the same three requests answered by a handler that does nothing. */
async function baseline(count) {
  const handler = async (request) => {
    await request.arrayBuffer();
    return new Response(JSON.stringify({ jobId: "j", status: "Completed", versionTag: "v" }), {
      status: 202,
      headers: { "content-type": "application/json" },
    });
  };
  const send = async (method, path, body) => {
    const request = new Request(`${base}${path}`, {
      method,
      headers,
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return (await handler(request)).json();
  };
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    await send("POST", "/api/v3/orders", order(`b-${index}`));
    await send("GET", "/api/v3/orders/jobs/j");
    await send("POST", "/api/v3/orders/o/action", { action: "ConfirmOrder", versionTag: "v" });
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    scenario: "baseline: bare Request → Response",
    cycles: count,
    requests: count * 3,
    seconds: seconds.toFixed(2),
    "requests/s": Math.round((count * 3) / seconds),
    "cycles/s": Math.round(count / seconds),
  };
}

await run("warm-up", latencyProfiles.instant, 0, 1000);
const rows = [
  await run("instant", latencyProfiles.instant, 0, cycles),
  await run("realistic", latencyProfiles.realistic, 60_000, cycles),
  await baseline(cycles),
];
console.log(
  `engage emulator, in process, create → job → action (Node ${process.version}, ${cycles} cycles each)`,
);
console.table(rows);
