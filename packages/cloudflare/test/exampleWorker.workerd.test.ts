// The README's Worker (examples/worker.ts, configured by examples/wrangler.jsonc) inside
// workerd through Miniflare, against the emulator served by Node on 127.0.0.1: `POST /orders`
// starts a durable order flow, `GET /flows/{id}` reads it until it is complete with a
// versionTag, and every request the flow sent to Engage took its send time from the fleet
// limiter's Durable Object. Without workerd, Miniflare fails to start and so does this suite.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Order } from "@engage-orders/core";
import { type EmulatorServer, startEmulatorServer } from "@engage-orders/emulator/node";
import { fleetLimiterName } from "@engage-orders/fleet-limiter";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import ts from "typescript";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { OrderFlowState, StartedOrderFlow } from "../src/index.ts";
import type { LimiterServed } from "./example/countingWorker.ts";

const apiKey = "example-worker-test-key";
const readmePath = fileURLToPath(new URL("../README.md", import.meta.url));
const workerPath = fileURLToPath(new URL("../examples/worker.ts", import.meta.url));
const wranglerConfigPath = fileURLToPath(new URL("../examples/wrangler.jsonc", import.meta.url));

/** The parts of `wrangler.jsonc` the test reads: it runs the Worker with the README's bindings. */
interface WranglerConfig {
  compatibility_date: string;
  vars: Record<string, string>;
  durable_objects: { bindings: { name: string; class_name: string }[] };
  migrations: { new_sqlite_classes?: string[] }[];
  workflows: { name: string; binding: string; class_name: string }[];
}

function readWranglerConfig(): WranglerConfig {
  const parsed = ts.parseConfigFileTextToJson(
    wranglerConfigPath,
    readFileSync(wranglerConfigPath, "utf8"),
  );
  if (parsed.error) throw new Error(`wrangler.jsonc: ${parsed.error.messageText}`);
  return parsed.config as WranglerConfig;
}

/** The example bundled as wrangler would, its package import read from this package's source. */
async function bundleExample(): Promise<string> {
  const sourceIndex = fileURLToPath(new URL("../src/index.ts", import.meta.url));
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./example/countingWorker.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["@engage-orders/source", "workerd", "worker", "import"],
    external: ["cloudflare:*"],
    target: "es2022",
    write: false,
    logLevel: "silent",
    plugins: [
      {
        name: "this-package",
        setup(builder) {
          builder.onResolve({ filter: /^@engage-orders\/cloudflare$/ }, () => ({
            path: sourceIndex,
          }));
        },
      },
    ],
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no example Worker");
  return output.text;
}

let emulator: EmulatorServer;
let worker: Miniflare;
const engageRequests: string[] = [];

beforeAll(async () => {
  emulator = await startEmulatorServer({
    apiKeys: [apiKey],
    autoCreateContacts: true,
    latency: "fast",
    rateLimit: { perSecond: 50 },
    onAnswered(request) {
      if (request.headers.get("apikey") === apiKey) {
        engageRequests.push(`${request.method} ${new URL(request.url).pathname}`);
      }
    },
  });
  const config = readWranglerConfig();
  const sqliteClasses = new Set(config.migrations.flatMap((step) => step.new_sqlite_classes ?? []));
  worker = new Miniflare({
    modules: true,
    script: await bundleExample(),
    compatibilityDate: config.compatibility_date,
    bindings: { ...config.vars, ENGAGE_URL: emulator.url, ENGAGE_API_KEY: apiKey },
    durableObjects: Object.fromEntries(
      config.durable_objects.bindings.map((binding) => [
        binding.name,
        { className: binding.class_name, useSQLite: sqliteClasses.has(binding.class_name) },
      ]),
    ),
    workflows: Object.fromEntries(
      config.workflows.map((workflow) => [
        workflow.binding,
        { name: workflow.name, className: workflow.class_name },
      ]),
    ),
  });
  await worker.ready;
}, 60_000);

afterAll(async () => {
  await worker?.dispose();
  await emulator?.close();
});

/** What the limiter object of the test key granted so far. */
async function limiterServed(): Promise<LimiterServed> {
  const namespace = await worker.getDurableObjectNamespace("ENGAGE_RATE_LIMITER");
  const stub = namespace.get(namespace.idFromName(await fleetLimiterName(apiKey)));
  const response = await stub.fetch("https://fleet-rate-limiter.internal/served");
  return (await response.json()) as LimiterServed;
}

const order = {
  orderId: `example-${Date.now()}`,
  contact: { matchKey: "shopper@example.com", matchKeyType: "Email" },
  externalStoreId: "store-1",
  status: "InProgress",
  currencyCode: "SEK",
  channel: "Ecom",
  createdAt: "2026-12-04T15:15:19+01:00",
  lastChangedAt: "2026-12-04T15:15:19+01:00",
  lineItems: {
    items: [{ quantity: 2, article: { sku: "SKU-1", name: "Mug" }, totalPrice: 200 }],
    subTotal: 200,
  },
} as unknown as Order;

test("POST /orders starts a flow whose requests go through the limiter object; GET /flows/{id} reads it complete with a versionTag", async () => {
  expect(await limiterServed()).toEqual({ leases: 0, sendTimes: 0 });

  const startedAt = Date.now();
  const answer = await worker.dispatchFetch("http://shop.test/orders", {
    method: "POST",
    body: JSON.stringify(order),
  });
  expect(answer.status).toBe(202);
  const started = (await answer.json()) as StartedOrderFlow;
  expect(started).toEqual({ id: `order-${order.orderId}`, created: true });
  // The route answers before the flow has done its work.
  expect(Date.now() - startedAt).toBeLessThan(5_000);

  let state: OrderFlowState;
  for (;;) {
    const read = await worker.dispatchFetch(`http://shop.test/flows/${started.id}`);
    expect(read.status).toBe(200);
    state = (await read.json()) as OrderFlowState;
    if (!["queued", "running", "waiting"].includes(state.status)) break;
    if (Date.now() - startedAt > 40_000) throw new Error(`still ${state.status} after 40 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(state.failure ?? state.error).toBeUndefined();
  expect(state.status).toBe("complete");
  expect(state.output?.orderId).toBe(order.orderId);
  expect(state.output?.versionTag).toMatch(/\S/);
  expect(state.output?.timeline.at(-1)?.status).toBe("Completed");

  // Engage got the create and at least one poll, and fired the embedded ConfirmOrder once.
  expect(engageRequests.filter((request) => request.startsWith("POST "))).toHaveLength(1);
  expect(engageRequests.length).toBeGreaterThanOrEqual(2);
  expect(emulator.emulator.automationLog(order.orderId).map((entry) => entry.action)).toEqual([
    "ConfirmOrder",
  ]);
  // Every one of those requests took a send time leased from the Durable Object.
  const served = await limiterServed();
  expect(served.leases).toBeGreaterThanOrEqual(1);
  expect(served.sendTimes).toBeGreaterThanOrEqual(engageRequests.length);
});

test("GET /flows/{id} of no flow answers 404; a POST that is not an order answers 400 and starts nothing", async () => {
  const missing = await worker.dispatchFetch("http://shop.test/flows/order-none");
  expect(missing.status).toBe(404);
  const before = engageRequests.length;
  const invalid = await worker.dispatchFetch("http://shop.test/orders", {
    method: "POST",
    body: JSON.stringify({ contact: {} }),
  });
  expect(invalid.status).toBe(400);
  expect(((await invalid.json()) as { error: string }).error).toMatch(/orderId/);
  expect(engageRequests.length).toBe(before);
});

/** A file's text from its first line that is not a comment or blank (the code itself). */
function codeOf(text: string): string {
  const lines = text.trimEnd().split("\n");
  const first = lines.findIndex((line) => line.trim() !== "" && !line.startsWith("//"));
  return lines.slice(first).join("\n");
}

test("the README shows examples/worker.ts and examples/wrangler.jsonc as they are", () => {
  const readme = readFileSync(readmePath, "utf8");
  const blocks = [...readme.matchAll(/^```(ts|jsonc)\n([\s\S]*?)^```$/gm)].map(
    (match) => match[2] ?? "",
  );
  const workerBlock = blocks.find((block) => block.includes("// worker.ts\n"));
  const configBlock = blocks.find((block) => block.startsWith("// wrangler.jsonc\n"));
  expect(workerBlock && codeOf(workerBlock)).toBe(codeOf(readFileSync(workerPath, "utf8")));
  expect(configBlock && codeOf(configBlock)).toBe(codeOf(readFileSync(wranglerConfigPath, "utf8")));
});
