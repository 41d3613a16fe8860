import { describe, expect, it } from "vitest";
import { accepted, json, order, rejection, setup } from "../test/fake.ts";
import { OutcomeUnknownError, ValidationError } from "./errors.ts";
import { replaceOrder } from "./replaceOrder.ts";
import type { Order } from "./types.ts";

/** A schema that refuses every value with one issue at `status`. */
const refuseStatus = {
  "~standard": {
    version: 1 as const,
    vendor: "test",
    validate: () => ({ issues: [{ message: "must be a known status", path: ["status"] }] }),
  },
};

describe("replaceOrder", () => {
  it("PUTs the order, unchanged, to its own URL-encoded path", async () => {
    const sentOrder = { ...order("shop#1"), note: "kept as it is" };
    const { client, sent } = setup([accepted("j-1", "shop#1")]);
    const handle = await replaceOrder(client, sentOrder);
    expect(sent[0]).toMatchObject({ method: "PUT", path: "/api/v3/orders/shop%231" });
    expect(sent[0]?.body).toEqual(sentOrder);
    expect(handle).toMatchObject({ jobId: "j-1", orderId: "shop#1", operation: "replace" });
  });

  it("refuses an order without an id, naming the field, and sends nothing", async () => {
    const { client, sent } = setup([]);
    const missingId = await rejection(replaceOrder(client, { ...order(), orderId: "" }));
    const noOrder = await rejection(replaceOrder(client, undefined as unknown as Order));
    for (const error of [missingId, noOrder]) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toBe("order.orderId: must be a non-empty string");
    }
    expect(sent).toHaveLength(0);
  });

  it("checks the order with the client's order schema before sending", async () => {
    const { client, sent } = setup([], { schemas: { order: refuseStatus } });
    const error = (await rejection(replaceOrder(client, order()))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual([{ field: "status", message: "must be a known status" }]);
    expect(sent).toHaveLength(0);
  });

  it("with an embedded action a 5xx is not re-sent (the action could fire twice)", async () => {
    const { client, sent } = setup([json(500, {}), accepted("j-1")]);
    const error = await rejection(
      replaceOrder(client, order(), { orderAction: { action: "ConfirmOrder" } }),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({ orderAction: { action: "ConfirmOrder" } });
  });

  it("refuses an embedded action without a name before sending", async () => {
    const { client, sent } = setup([]);
    const error = await rejection(replaceOrder(client, order(), { orderAction: { action: "" } }));
    expect(error.message).toBe("orderAction.action: must be a non-empty string");
    expect(sent).toHaveLength(0);
  });
});
