import { describe, expect, it } from "vitest";
import { BASE, createHarness, JOB_DELAY_MS, makeOrder } from "../test/harness.ts";
import { DEFAULT_API_KEY } from "./index.ts";

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

describe("redirects, as the platform's fetch handles them", () => {
  async function completedJobUrl(emulator: ReturnType<typeof createHarness>["emulator"]) {
    const created = await emulator.fetch(`${BASE}/api/v3/orders`, {
      method: "POST",
      headers,
      body: JSON.stringify(makeOrder("o-1")),
    });
    const { href } = (await created.json()) as { href: string };
    emulator.advance(JOB_DELAY_MS);
    return href;
  }

  it('follows a 302 completion by default ("follow"), landing on the order with redirected set', async () => {
    const { emulator } = createHarness({ completion: 302 });
    const href = await completedJobUrl(emulator);
    const response = await emulator.fetch(href, { headers });
    expect(response.status).toBe(200);
    expect(response.redirected).toBe(true);
    expect(response.url).toBe(`${BASE}/api/v3/orders/o-1`);
    expect(((await response.json()) as { versionTag: string }).versionTag).toBe(
      emulator.getOrder("o-1")?.order.versionTag,
    );
  });

  it('returns the 302 itself with redirect "manual", and rejects with "error"', async () => {
    const { emulator } = createHarness({ completion: 302 });
    const href = await completedJobUrl(emulator);
    expect((await emulator.fetch(href, { headers, redirect: "manual" })).status).toBe(302);
    await expect(emulator.fetch(href, { headers, redirect: "error" })).rejects.toThrow(TypeError);
  });
});
