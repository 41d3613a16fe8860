import { describe, expect, it } from "vitest";
import { bodyOf, createHarness, JOB_DELAY_MS, makeOrder } from "../../test/harness.ts";

describe("GET, PUT and DELETE /api/v3/orders/{orderId}", () => {
  it("GET: the stored order with its versionTag", async () => {
    const { call, createProcessed } = createHarness();
    const job = await createProcessed("o-1");
    const response = await call("GET", "/api/v3/orders/o-1");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...makeOrder("o-1"), versionTag: job.versionTag });
  });

  it("GET: 404 OrderNotFound for an unknown order", async () => {
    const { call } = createHarness();
    const response = await call("GET", "/api/v3/orders/none");
    expect(response.status).toBe(404);
    expect((await bodyOf(response)).errorCode).toBe("OrderNotFound");
  });

  it("GET with contactId: 200 when the order belongs to the contact, 404 when it does not", async () => {
    const { call, createProcessed, contact, emulator } = createHarness();
    const other = emulator.seedContact({ email: "grace@example.com" });
    await createProcessed("o-1");
    expect((await call("GET", `/api/v3/orders/o-1?contactId=${contact.contactId}`)).status).toBe(
      200,
    );
    const foreign = await call("GET", `/api/v3/orders/o-1?contactId=${other.contactId}`);
    expect(foreign.status).toBe(404);
    expect((await bodyOf(foreign)).errorCode).toBe("OrderNotFound");
  });

  it("PUT: replaces the whole order asynchronously with a new versionTag", async () => {
    const { call, createProcessed, emulator } = createHarness();
    const first = await createProcessed("o-1", { payments: { card: { amount: 254.08 } } });
    const replacement = makeOrder("o-1", { status: "Cancelled" });
    delete replacement.payments;
    const response = await call("PUT", "/api/v3/orders/o-1", { body: replacement });
    expect(response.status).toBe(202);
    expect(response.headers.get("location")).toBe((await bodyOf(response)).href);
    expect((await bodyOf(await call("GET", "/api/v3/orders/o-1"))).status).toBe("InProgress");
    emulator.advance(JOB_DELAY_MS);
    const stored = await bodyOf(await call("GET", "/api/v3/orders/o-1"));
    expect(stored.status).toBe("Cancelled");
    expect(stored).not.toHaveProperty("payments");
    expect(stored.versionTag).not.toBe(first.versionTag);
  });

  it("PUT: 404 when the order does not exist", async () => {
    const { call } = createHarness();
    const response = await call("PUT", "/api/v3/orders/o-1", { body: makeOrder("o-1") });
    expect(response.status).toBe(404);
    expect((await bodyOf(response)).errorCode).toBe("OrderNotFound");
  });

  it("PUT: 400 when the body's orderId differs from the path", async () => {
    const { call, createProcessed } = createHarness();
    await createProcessed("o-1");
    const response = await call("PUT", "/api/v3/orders/o-1", { body: makeOrder("o-2") });
    expect(response.status).toBe(400);
    expect(((await bodyOf(response)).errors as { field: string }[])[0]?.field).toBe("orderId");
  });

  it("DELETE: asynchronous, 202 with a job; the order is gone once the job completes", async () => {
    const { call, createProcessed, emulator } = createHarness();
    await createProcessed("o-1");
    const response = await call("DELETE", "/api/v3/orders/o-1");
    expect(response.status).toBe(202);
    const accepted = await bodyOf(response);
    expect(response.headers.get("location")).toBe(accepted.href);
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(200);
    emulator.advance(JOB_DELAY_MS);
    const job = await bodyOf(await call("GET", `/api/v3/orders/jobs/${accepted.jobId}`));
    expect(job.status).toBe("Completed");
    expect(job).not.toHaveProperty("versionTag");
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(404);
  });

  it("DELETE: 404 for an unknown order; after delete the id can be registered again", async () => {
    const { call, createProcessed, emulator } = createHarness();
    expect((await call("DELETE", "/api/v3/orders/none")).status).toBe(404);
    await createProcessed("o-1");
    await call("DELETE", "/api/v3/orders/o-1");
    emulator.advance(JOB_DELAY_MS);
    expect((await createProcessed("o-1")).status).toBe("Completed");
  });

  it("unknown contact recovery: delete the order, create the contact, register again, then act", async () => {
    const { call, createProcessed, emulator } = createHarness();
    const contactRef = { matchKey: "late@example.com", matchKeyType: "Email" };
    expect((await createProcessed("o-1", { contact: contactRef })).status).toBe(
      "CompletedWithErrors",
    );
    await call("DELETE", "/api/v3/orders/o-1");
    emulator.advance(JOB_DELAY_MS);
    emulator.seedContact({ email: "late@example.com" });
    const job = await createProcessed("o-1", { contact: contactRef });
    expect(job.status).toBe("Completed");
    const action = await call("POST", "/api/v3/orders/o-1/action", {
      body: { action: "ConfirmOrder", versionTag: job.versionTag },
    });
    expect(action.status).toBe(202);
  });
});
