import { describe, expect, it } from "vitest";
import { bodyOf, createHarness, JOB_DELAY_MS, makeOrder } from "../test/harness.ts";

describe("contract variants (the open points, one switch each)", () => {
  it("acceptedStatus 201: accepted writes answer 201, as one Engage page says", async () => {
    const { call } = createHarness({ variants: { acceptedStatus: 201 } });
    const response = await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    expect(response.status).toBe(201);
    expect((await bodyOf(response)).jobId).toEqual(expect.any(String));
  });

  it('acceptedBody "empty": only the Location header carries the job', async () => {
    const { call } = createHarness({ variants: { acceptedBody: "empty" } });
    const response = await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("");
    const location = response.headers.get("location") ?? "";
    expect((await call("GET", new URL(location).pathname)).status).toBe(200);
  });

  it('pageLinks "object": links as { next, previous } with null for a missing page', async () => {
    const { call, contact, emulator } = createHarness({
      variants: { pageLinks: "object" },
      rateLimit: false,
    });
    for (let index = 0; index < 3; index++)
      await call("POST", "/api/v3/orders", { body: makeOrder(`o-${index}`) });
    emulator.flushJobs();
    const page = await bodyOf(
      await call("GET", `/api/v3/orders?contactId=${contact.contactId}&count=2`),
    );
    expect(page.links).toEqual({ next: expect.stringContaining("offset=2"), previous: null });
  });

  it('errorFormat "problem": errors as RFC 9457 problem+json keeping errorCode and errors', async () => {
    const { call } = createHarness({ variants: { errorFormat: "problem" } });
    const response = await call("POST", "/api/v3/orders", { body: { orderId: "o-1" } });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await bodyOf(response);
    expect(problem).toMatchObject({
      type: "about:blank",
      title: "InvalidRequest",
      status: 400,
      errorCode: "InvalidRequest",
    });
    expect((problem.errors as unknown[]).length).toBeGreaterThan(0);
    const engage500 = await call("GET", "/api/v3/orders/o-1", {
      headers: { "content-type": null },
    });
    expect(await engage500.json()).toEqual({ message: "An error has occurred." });
  });

  it("retryAfter false: 429 without Retry-After", async () => {
    const { call } = createHarness({
      variants: { retryAfter: false },
      rateLimit: { perSecond: 1 },
    });
    await call("GET", "/api/v3/orders/o-1");
    const limited = await call("GET", "/api/v3/orders/o-1");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeNull();
  });

  it('deleteAnswer "immediate": 204 and the order is gone at once', async () => {
    const { call, createProcessed } = createHarness({ variants: { deleteAnswer: "immediate" } });
    await createProcessed("o-1");
    const response = await call("DELETE", "/api/v3/orders/o-1");
    expect(response.status).toBe(204);
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(404);
  });

  it('staleReplace "reject": a replace older than the stored order is 409 StaleOrder; accepted by default', async () => {
    const older = makeOrder("o-1", { lastChangedAt: "2025-12-01T00:00:00+01:00" });
    const strict = createHarness({ variants: { staleReplace: "reject" } });
    await strict.createProcessed("o-1");
    const refused = await strict.call("PUT", "/api/v3/orders/o-1", { body: older });
    expect(refused.status).toBe(409);
    expect((await bodyOf(refused)).errorCode).toBe("StaleOrder");
    const lenient = createHarness();
    await lenient.createProcessed("o-1");
    expect((await lenient.call("PUT", "/api/v3/orders/o-1", { body: older })).status).toBe(202);
  });

  it("setVariants changes them at runtime and refuses unknown values, naming the field", async () => {
    const { call, emulator } = createHarness();
    emulator.setVariants({ acceptedStatus: 201 });
    expect((await call("POST", "/api/v3/orders", { body: makeOrder("o-1") })).status).toBe(201);
    emulator.advance(JOB_DELAY_MS);
    expect(() => emulator.setVariants({ pageLinks: "map" as "array" })).toThrow(
      "variants.pageLinks",
    );
  });
});
