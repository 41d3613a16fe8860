// The conformance suite inside Cloudflare's workerd (through Miniflare), against the built core.
// The Worker reaches the emulator, served by Node on 127.0.0.1, with its own global fetch.
import { fileURLToPath } from "node:url";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, expect, test } from "vitest";
import { conformanceCases } from "../conformance/suite.ts";
import { bundleForRuntime } from "../harness/bundle.ts";
import {
  type ConformanceEmulator,
  startConformanceEmulator,
} from "../harness/conformanceEmulator.ts";

let emulator: ConformanceEmulator;
let worker: Miniflare;
beforeAll(async () => {
  emulator = await startConformanceEmulator();
  const script = await bundleForRuntime(fileURLToPath(new URL("./worker.ts", import.meta.url)), [
    "workerd",
    "worker",
    "browser",
  ]);
  // No nodejs_compat flag: the core must run on web standards alone.
  worker = new Miniflare({ modules: true, script, compatibilityDate: "2026-04-01" });
}, 30_000);
afterAll(async () => {
  await worker?.dispose();
  await emulator?.close();
});

for (const conformanceCase of conformanceCases) {
  test(conformanceCase.name, async () => {
    const query = new URLSearchParams({
      case: conformanceCase.name,
      context: JSON.stringify(emulator.context("workerd")),
    });
    const response = await worker.dispatchFetch(`http://conformance.local/?${query}`);
    const outcome = (await response.json()) as { ok: boolean; error?: string };
    expect(outcome.error).toBeUndefined();
    expect(outcome.ok).toBe(true);
  });
}
