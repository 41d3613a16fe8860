import { describe, expect, it } from "vitest";
import { BASE, createHarness } from "../test/harness.js";
import { DEFAULT_API_KEY } from "./index.js";

const headers = {
  apikey: DEFAULT_API_KEY,
  "user-agent": "FetchTest/1.0",
  "content-type": "application/json",
};

describe("emulator.fetch is a drop-in fetch", () => {
  it("takes a URL string and init, or a URL object, like the platform's fetch", async () => {
    const { emulator } = createHarness();
    const fetch: typeof globalThis.fetch = emulator.fetch;
    expect((await fetch(`${BASE}/api/v3/orders/o-1`, { headers })).status).toBe(404);
    expect((await fetch(new URL(`${BASE}/api/v3/orders/o-1`), { headers })).status).toBe(404);
  });

  it("rejects with the signal's AbortError when already aborted, doing nothing", async () => {
    const { emulator } = createHarness();
    const controller = new AbortController();
    controller.abort();
    const attempt = emulator.fetch(`${BASE}/api/v3/orders/o-1`, {
      headers,
      signal: controller.signal,
    });
    await expect(attempt).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects when aborted while the answer is delayed", async () => {
    const { emulator } = createHarness({ faults: { extraLatency: 1, extraLatencyMs: 10_000 } });
    const controller = new AbortController();
    const attempt = emulator.fetch(`${BASE}/api/v3/orders/o-1`, {
      headers,
      signal: controller.signal,
    });
    controller.abort();
    await expect(attempt).rejects.toMatchObject({ name: "AbortError" });
  });
});
