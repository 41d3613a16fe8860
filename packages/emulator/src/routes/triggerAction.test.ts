import { describe, expect, it } from "vitest";
import { bodyOf, createHarness, makeOrder } from "../../test/harness.ts";

const actionBody = (versionTag: string, extra: Record<string, unknown> = {}) => ({
  action: "ConfirmOrder",
  versionTag,
  language: "en-US",
  data: { custom: "data", list: ["data1", "data2"] },
  ...extra,
});

describe("POST /api/v3/orders/{orderId}/action", () => {
  it("202 accepted with { orderId, action, accepted: true }, fired into the automation log", async () => {
    const { call, createProcessed, emulator, contact } = createHarness();
    const job = await createProcessed("o-1");
    const response = await call("POST", "/api/v3/orders/o-1/action", {
      body: actionBody(job.versionTag),
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({
      orderId: "o-1",
      action: "ConfirmOrder",
      accepted: true,
    });
    expect(emulator.automationLog()).toEqual([
      {
        orderId: "o-1",
        action: "ConfirmOrder",
        versionTag: job.versionTag,
        source: "action",
        contactId: contact.contactId,
        language: "en-US",
        data: { custom: "data", list: ["data1", "data2"] },
        firedAt: "2025-01-01T00:00:01.000Z",
      },
    ]);
  });

  it("400 bad request when action or versionTag is missing", async () => {
    const { call, createProcessed, emulator } = createHarness();
    await createProcessed("o-1");
    const response = await call("POST", "/api/v3/orders/o-1/action", {
      body: { language: "en-US" },
    });
    expect(response.status).toBe(400);
    const fields = ((await bodyOf(response)).errors as { field: string }[]).map(
      (error) => error.field,
    );
    expect(fields).toEqual(expect.arrayContaining(["action", "versionTag"]));
    expect(emulator.automationLog()).toEqual([]);
  });

  it("404 OrderNotFound when the order does not exist", async () => {
    const { call } = createHarness();
    const response = await call("POST", "/api/v3/orders/missing/action", {
      body: actionBody("IXUA3ril8XnZJKUMSfP7dg=="),
    });
    expect(response.status).toBe(404);
    expect((await bodyOf(response)).errorCode).toBe("OrderNotFound");
  });

  it("404 VersionTagMismatch when the versionTag is not the current version", async () => {
    const { call, createProcessed, emulator } = createHarness();
    const job = await createProcessed("o-1");
    await call("POST", "/api/v3/orders/o-1/change-status", {
      body: { externalStatus: "Shipped", lastChangedAt: "2025-12-04T10:00:00+01:00" },
    });
    emulator.flushJobs();
    const response = await call("POST", "/api/v3/orders/o-1/action", {
      body: actionBody(job.versionTag),
    });
    expect(response.status).toBe(404);
    const body = await bodyOf(response);
    expect(body.errorCode).toBe("VersionTagMismatch");
    expect(body.errors).toEqual([expect.objectContaining({ field: "versionTag" })]);
    expect(emulator.automationLog()).toEqual([]);
  });

  it("422 ContactMissing when the order has no contact", async () => {
    const { call, createProcessed } = createHarness();
    const job = await createProcessed("o-1", {
      contact: { matchKey: "x@example.com", matchKeyType: "Email" },
    });
    const response = await call("POST", "/api/v3/orders/o-1/action", {
      body: actionBody(job.versionTag),
    });
    expect(response.status).toBe(422);
    expect((await bodyOf(response)).errorCode).toBe("ContactMissing");
  });

  it("any action string is allowed (you determine what is in this string)", async () => {
    const { call, createProcessed, emulator } = createHarness();
    const job = await createProcessed("o-1");
    const response = await call("POST", "/api/v3/orders/o-1/action", {
      body: { action: "SendReviewRequest", versionTag: job.versionTag },
    });
    expect(response.status).toBe(202);
    expect(emulator.automationLog().map((entry) => entry.action)).toEqual(["SendReviewRequest"]);
  });

  it("a resent action is not de-duplicated: it fires again, as a customer would get a second email", async () => {
    const { call, createProcessed, emulator } = createHarness();
    const job = await createProcessed("o-1");
    await call("POST", "/api/v3/orders/o-1/action", { body: actionBody(job.versionTag) });
    await call("POST", "/api/v3/orders/o-1/action", { body: actionBody(job.versionTag) });
    expect(emulator.automationLog("o-1")).toHaveLength(2);
  });

  it("an action is only possible once the order is processed (404 while the create is pending)", async () => {
    const { call } = createHarness();
    await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    const response = await call("POST", "/api/v3/orders/o-1/action", {
      body: actionBody("IXUA3ril8XnZJKUMSfP7dg=="),
    });
    expect(response.status).toBe(404);
  });
});
