// The emulator and the proxy as Cloudflare Worker modules in workerd (through Miniflare).
import { fileURLToPath } from "node:url";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, expect, test } from "vitest";
import { conformanceApiKey, conformanceContactId } from "../conformance/emulatorSetup.ts";
import { runServerSmoke } from "../conformance/serverSmoke.ts";
import { bundleForRuntime } from "../harness/bundle.ts";
import {
  type ConformanceEmulator,
  startConformanceEmulator,
} from "../harness/conformanceEmulator.ts";

const workerConditions = ["workerd", "worker", "browser"];
let upstream: ConformanceEmulator;
let emulatorWorker: Miniflare;
let proxyWorker: Miniflare;

beforeAll(async () => {
  upstream = await startConformanceEmulator();
  const emulatorScript = await bundleForRuntime(
    fileURLToPath(new URL("./emulatorWorker.ts", import.meta.url)),
    workerConditions,
  );
  const proxyScript = await bundleForRuntime(
    fileURLToPath(new URL("./proxyWorker.ts", import.meta.url)),
    workerConditions,
  );
  emulatorWorker = new Miniflare({
    modules: true,
    script: emulatorScript,
    compatibilityDate: "2026-04-01",
    bindings: {
      ENGAGE_API_KEY: conformanceApiKey,
      EMULATOR_LATENCY: "fast",
      EMULATOR_CONTACTS: "smoke@example.com",
    },
  });
  proxyWorker = new Miniflare({
    modules: true,
    script: proxyScript,
    compatibilityDate: "2026-04-01",
    bindings: {
      ENGAGE_BASE_URL: upstream.context("workerd-proxy").baseUrl,
      ENGAGE_API_KEY: conformanceApiKey,
    },
  });
}, 30_000);
afterAll(async () => {
  await emulatorWorker?.dispose();
  await proxyWorker?.dispose();
  await upstream?.close();
});

test("the emulator runs as a Worker module: create, job, action", async () => {
  const outcome = await runServerSmoke(
    {
      send: (path, init) =>
        emulatorWorker.dispatchFetch(
          `http://emulator.local${path}`,
          init as never,
        ) as unknown as Promise<Response>,
      headers: { apikey: conformanceApiKey },
      contact: { matchKey: "smoke@example.com", matchKeyType: "Email" },
    },
    "worker-emulator-1",
  );
  expect(outcome.versionTag).toMatch(/=$/);
  expect(outcome.transcript).not.toContain(conformanceApiKey);
});

test("the proxy runs as a Worker module: the browser holds no key, job links point at the proxy", async () => {
  const outcome = await runServerSmoke(
    {
      send: (path, init) =>
        proxyWorker.dispatchFetch(
          `http://proxy.local${path}`,
          init as never,
        ) as unknown as Promise<Response>,
      contact: { matchKey: conformanceContactId, matchKeyType: "ContactId" },
    },
    "worker-proxy-1",
  );
  expect(outcome.statuses.every((status) => status < 400)).toBe(true);
  expect(outcome.transcript).toContain("http://proxy.local/api/v3/orders/jobs/");
  expect(outcome.transcript).not.toContain(conformanceApiKey);
});

test("the proxy Worker refuses routes outside the Orders allow-list", async () => {
  const response = await proxyWorker.dispatchFetch("http://proxy.local/api/v2/contacts", {
    headers: { "content-type": "application/json" },
  });
  expect(response.status).toBe(404);
  expect(await response.text()).not.toContain(conformanceApiKey);
});
