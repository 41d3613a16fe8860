// The asynchronous writes other than create: replace, delete, change-status, change-delivery.
import { describe, expect, it } from "vitest";
import { accepted, json, order, rejection, setup } from "../test/fake.ts";
import {
  changeOrderDelivery,
  changeOrderStatus,
  deleteOrder,
  type EngageError,
  OrderNotFoundError,
  OutcomeUnknownError,
  replaceOrder,
  ValidationError,
  waitForJob,
} from "./index.ts";

describe("replaceOrder", () => {
  it("PUTs the whole order and returns a handle", async () => {
    const { client, sent } = setup([accepted("j-1")]);
    const handle = await replaceOrder(client, order("o/1"));
    expect(sent[0]).toMatchObject({
      method: "PUT",
      path: "/api/v3/orders/o%2F1",
      body: order("o/1"),
    });
    expect(handle).toMatchObject({ jobId: "j-1", operation: "replace" });
  });

  it("is retried like any PUT", async () => {
    const { client, sent } = setup([new TypeError("reset"), json(500, {}), accepted("j-1")]);
    await replaceOrder(client, order());
    expect(sent).toHaveLength(3);
  });

  it("with an embedded action it is sent once", async () => {
    const { client, sent } = setup([new TypeError("reset"), accepted("j-1")]);
    const error = await rejection(
      replaceOrder(client, order(), { orderAction: { action: "ConfirmOrder" } }),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(sent).toHaveLength(1);
  });

  it("404 → OrderNotFoundError", async () => {
    const { client } = setup([json(404, { errorCode: "OrderNotFound" })]);
    expect(await rejection(replaceOrder(client, order()))).toBeInstanceOf(OrderNotFoundError);
  });
});

describe("deleteOrder", () => {
  it("DELETEs with a JSON Content-Type and returns a handle", async () => {
    const { client, sent } = setup([accepted("j-1")]);
    const handle = await deleteOrder(client, "o-1");
    expect(sent[0]).toMatchObject({
      method: "DELETE",
      path: "/api/v3/orders/o-1",
      body: undefined,
    });
    expect(sent[0]?.headers["content-type"]).toBe("application/json");
    expect(handle.operation).toBe("delete");
  });

  it("an empty synchronous answer gives a completed handle", async () => {
    const { client, sent } = setup([new Response(null, { status: 204 })]);
    const handle = await deleteOrder(client, "o-1");
    expect(handle).toMatchObject({ jobId: "", status: "Completed" });
    await expect(waitForJob(client, handle)).resolves.toMatchObject({ status: "Completed" });
    expect(sent).toHaveLength(1);
  });
});

describe("changeOrderStatus", () => {
  it("posts the change with lastChangedAt defaulting to now", async () => {
    const { client, sent, clock } = setup([accepted("j-1")]);
    const handle = await changeOrderStatus(client, "o-1", {
      status: "Completed",
      externalStatus: "Shipped",
    });
    expect(sent[0]).toMatchObject({
      method: "POST",
      path: "/api/v3/orders/o-1/change-status",
      body: {
        status: "Completed",
        externalStatus: "Shipped",
        lastChangedAt: new Date(clock.t).toISOString(),
      },
    });
    expect(handle.operation).toBe("changeStatus");
  });

  it("keeps a given lastChangedAt and embeds an action, sent once", async () => {
    const { client, sent } = setup([json(503, {}), accepted("j-1")]);
    await changeOrderStatus(
      client,
      "o-1",
      { externalStatus: "Shipped", lastChangedAt: "2025-01-01T10:00:00+01:00" },
      { orderAction: { action: "ConfirmShipment" } },
    );
    expect(sent).toHaveLength(2); // 503 means not processed: safe even with an action
    expect(sent[1]?.body).toEqual({
      externalStatus: "Shipped",
      lastChangedAt: "2025-01-01T10:00:00+01:00",
      orderAction: { action: "ConfirmShipment" },
    });
  });

  it("takes the job from Location only", async () => {
    const { client } = setup([
      new Response(null, { status: 202, headers: { location: "/api/v3/orders/jobs/j-9" } }),
    ]);
    const handle = await changeOrderStatus(client, "o-1", { status: "Cancelled" });
    expect(handle).toMatchObject({
      jobId: "j-9",
      pollUrl: "https://t.voyado.com/api/v3/orders/jobs/j-9",
    });
  });

  it("refuses a change without any status", async () => {
    const { client, sent } = setup([]);
    const error = (await rejection(changeOrderStatus(client, "o-1", {}))) as EngageError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(sent).toHaveLength(0);
  });
});

describe("changeOrderDelivery", () => {
  it("posts the delivery change", async () => {
    const { client, sent } = setup([accepted("j-1")]);
    const handle = await changeOrderDelivery(client, "o-1", { trackingNumber: "JJD1" });
    expect(sent[0]).toMatchObject({
      path: "/api/v3/orders/o-1/change-delivery",
      body: { trackingNumber: "JJD1" },
    });
    expect(handle.operation).toBe("changeDelivery");
  });
});
