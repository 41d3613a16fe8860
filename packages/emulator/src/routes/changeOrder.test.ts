import { describe, expect, it } from "vitest";
import { BASE, bodyOf, createHarness, JOB_DELAY_MS } from "../../test/harness.ts";

describe("POST /api/v3/orders/{orderId}/change-status and change-delivery", () => {
  it("change-status: 202 with Location, then the stored order has the new status and a new versionTag", async () => {
    const { call, createProcessed, emulator } = createHarness();
    const created = await createProcessed("o-1");
    const response = await call("POST", "/api/v3/orders/o-1/change-status", {
      body: {
        status: "Completed",
        externalStatus: "Shipped",
        lastChangedAt: "2025-12-04T10:00:00+01:00",
      },
    });
    expect(response.status).toBe(202);
    const accepted = await bodyOf(response);
    expect(response.headers.get("location")).toBe(`${BASE}/api/v3/orders/jobs/${accepted.jobId}`);
    emulator.advance(JOB_DELAY_MS);
    const job = await bodyOf(await call("GET", `/api/v3/orders/jobs/${accepted.jobId}`));
    expect(job.status).toBe("Completed");
    expect(job.versionTag).not.toBe(created.versionTag);
    const order = await bodyOf(await call("GET", "/api/v3/orders/o-1"));
    expect(order).toMatchObject({
      status: "Completed",
      externalStatus: "Shipped",
      lastChangedAt: "2025-12-04T10:00:00+01:00",
      versionTag: job.versionTag,
      channel: "Ecom",
    });
  });

  it("change-delivery: updates method, tracking and date, keeping other delivery fields", async () => {
    const { call, createProcessed, emulator } = createHarness();
    await createProcessed("o-1", { delivery: { method: "Post", note: "leave at door" } });
    const response = await call("POST", "/api/v3/orders/o-1/change-delivery", {
      body: {
        method: "Courier",
        trackingNumber: "TRK-1",
        trackingUri: "https://track.example.com/TRK-1",
        deliveryDate: "2025-12-05T12:00:00+01:00",
        lastChangedAt: "2025-12-04T10:00:00+01:00",
      },
    });
    expect(response.status).toBe(202);
    expect(response.headers.get("location")).toMatch(/\/api\/v3\/orders\/jobs\//);
    emulator.advance(JOB_DELAY_MS);
    expect((await bodyOf(await call("GET", "/api/v3/orders/o-1"))).delivery).toEqual({
      method: "Courier",
      note: "leave at door",
      trackingNumber: "TRK-1",
      trackingUri: "https://track.example.com/TRK-1",
      deliveryDate: "2025-12-05T12:00:00+01:00",
    });
  });

  it("404 OrderNotFound for an order that does not exist", async () => {
    const { call } = createHarness();
    const status = await call("POST", "/api/v3/orders/none/change-status", {
      body: { status: "Completed", lastChangedAt: "2025-12-04T10:00:00+01:00" },
    });
    expect(status.status).toBe(404);
    const delivery = await call("POST", "/api/v3/orders/none/change-delivery", {
      body: { method: "Post", lastChangedAt: "2025-12-04T10:00:00+01:00" },
    });
    expect(delivery.status).toBe(404);
    expect((await bodyOf(delivery)).errorCode).toBe("OrderNotFound");
  });

  it("400 when a change carries nothing to change, or a status outside the documented ones", async () => {
    const { call, createProcessed } = createHarness();
    await createProcessed("o-1");
    const empty = await call("POST", "/api/v3/orders/o-1/change-status", {
      body: { lastChangedAt: "2025-12-04T10:00:00+01:00" },
    });
    expect(empty.status).toBe(400);
    const wrong = await call("POST", "/api/v3/orders/o-1/change-status", {
      body: { status: "Shipped", lastChangedAt: "2025-12-04T10:00:00+01:00" },
    });
    expect(wrong.status).toBe(400);
    expect(((await bodyOf(wrong)).errors as { field: string }[])[0]?.field).toBe("status");
  });

  it("a change on an order deleted before it is processed ends Failed with OrderNotFound", async () => {
    const { call, createProcessed, emulator } = createHarness();
    await createProcessed("o-1");
    await call("DELETE", "/api/v3/orders/o-1");
    const change = await bodyOf(
      await call("POST", "/api/v3/orders/o-1/change-status", {
        body: { status: "Completed", lastChangedAt: "2025-12-04T10:00:00+01:00" },
      }),
    );
    emulator.advance(JOB_DELAY_MS);
    expect(emulator.getJob(String(change.jobId))).toMatchObject({
      status: "Failed",
      errorCode: "OrderNotFound",
    });
  });
});
