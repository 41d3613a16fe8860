import { describe, expect, it } from "vitest";
import { bodyOf, createHarness, JOB_DELAY_MS, makeOrder } from "../../test/harness.ts";

const orderAction = { action: "ConfirmOrder", language: "sv-SE", data: { coupon: "WELCOME" } };

describe("embedded order actions (orderAction)", () => {
  it("fire once, after the create is processed, with the new versionTag", async () => {
    const { call, emulator } = createHarness();
    const accepted = await bodyOf(
      await call("POST", "/api/v3/orders", { body: makeOrder("o-1", { orderAction }) }),
    );
    expect(emulator.automationLog()).toEqual([]);
    emulator.advance(JOB_DELAY_MS);
    const job = emulator.getJob(String(accepted.jobId));
    expect(emulator.automationLog()).toEqual([
      expect.objectContaining({
        orderId: "o-1",
        action: "ConfirmOrder",
        source: "embedded",
        versionTag: job?.versionTag,
        jobId: accepted.jobId,
        language: "sv-SE",
        data: { coupon: "WELCOME" },
        firedAt: "2025-01-01T00:00:01.000Z",
      }),
    ]);
  });

  it("are not stored as part of the order", async () => {
    const { call, emulator } = createHarness();
    await call("POST", "/api/v3/orders", { body: makeOrder("o-1", { orderAction }) });
    emulator.advance(JOB_DELAY_MS);
    expect(await bodyOf(await call("GET", "/api/v3/orders/o-1"))).not.toHaveProperty("orderAction");
  });

  it("fire at most once even when the create is retried (409, or a racing duplicate that fails)", async () => {
    const { call, emulator } = createHarness();
    const body = makeOrder("o-1", { orderAction });
    await call("POST", "/api/v3/orders", { body });
    await call("POST", "/api/v3/orders", { body });
    emulator.advance(JOB_DELAY_MS);
    expect((await call("POST", "/api/v3/orders", { body })).status).toBe(409);
    emulator.advance(JOB_DELAY_MS);
    expect(emulator.automationLog()).toHaveLength(1);
  });

  it("do not fire for an order without a contact, and the job says so", async () => {
    const { call, emulator } = createHarness();
    const accepted = await bodyOf(
      await call("POST", "/api/v3/orders", {
        body: makeOrder("o-1", {
          orderAction,
          contact: { matchKey: "x@example.com", matchKeyType: "Email" },
        }),
      }),
    );
    emulator.advance(JOB_DELAY_MS);
    const job = emulator.getJob(String(accepted.jobId));
    expect(job?.status).toBe("CompletedWithErrors");
    expect(job?.errors?.map((error) => error.field)).toEqual(["contact", "orderAction"]);
    expect(emulator.automationLog()).toEqual([]);
  });

  it("ride on change-status, fired after the change is processed", async () => {
    const { call, createProcessed, emulator } = createHarness();
    await createProcessed("o-1");
    const accepted = await bodyOf(
      await call("POST", "/api/v3/orders/o-1/change-status", {
        body: {
          status: "Completed",
          externalStatus: "Shipped",
          lastChangedAt: "2025-12-04T10:00:00+01:00",
          orderAction: { action: "ConfirmShipment" },
        },
      }),
    );
    expect(emulator.automationLog()).toEqual([]);
    emulator.advance(JOB_DELAY_MS);
    const versionTag = emulator.getJob(String(accepted.jobId))?.versionTag;
    expect(emulator.automationLog()).toEqual([
      expect.objectContaining({ action: "ConfirmShipment", source: "embedded", versionTag }),
    ]);
  });

  it("ride on a replace, fired after the replace is processed", async () => {
    const { call, createProcessed, emulator } = createHarness();
    await createProcessed("o-1");
    await call("PUT", "/api/v3/orders/o-1", {
      body: makeOrder("o-1", {
        status: "Cancelled",
        orderAction: { action: "ConfirmCancellation" },
      }),
    });
    emulator.advance(JOB_DELAY_MS);
    expect(emulator.automationLog().map((entry) => entry.action)).toEqual(["ConfirmCancellation"]);
  });

  it("invalid orderAction is a 400 naming orderAction.action", async () => {
    const { call } = createHarness();
    const response = await call("POST", "/api/v3/orders", {
      body: makeOrder("o-1", { orderAction: { language: "en-US" } }),
    });
    expect(response.status).toBe(400);
    const fields = ((await bodyOf(response)).errors as { field: string }[]).map(
      (error) => error.field,
    );
    expect(fields).toContain("orderAction.action");
  });
});
