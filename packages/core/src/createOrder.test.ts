import { describe, expect, it } from "vitest";
import { accepted, job, json, order, rejection, setup } from "../test/fake.ts";
import {
  createOrder,
  type EngageError,
  OrderAlreadyExistsError,
  ValidationError,
  waitForJob,
} from "./index.ts";
import type { StandardSchemaV1 } from "./standardSchema.ts";

describe("createOrder", () => {
  it("posts the order and returns a plain-JSON handle from a 202", async () => {
    const { client, sent, clock } = setup([accepted("j-1")]);
    const handle = await createOrder(client, order());
    expect(sent[0]).toMatchObject({ method: "POST", path: "/api/v3/orders", body: order() });
    expect(handle).toEqual({
      jobId: "j-1",
      pollUrl: "https://t.voyado.com/api/v3/orders/jobs/j-1",
      orderId: "o-1",
      operation: "create",
      startedAt: new Date(clock.t).toISOString(),
    });
    expect(JSON.parse(JSON.stringify(handle))).toEqual(handle);
  });

  it("accepts 201, and a job given only in Location", async () => {
    const { client } = setup([
      new Response(null, {
        status: 201,
        headers: { location: "https://t.voyado.com/api/v3/orders/jobs/j%201" },
      }),
    ]);
    const handle = await createOrder(client, order());
    expect(handle.jobId).toBe("j 1");
    expect(handle.pollUrl).toBe("https://t.voyado.com/api/v3/orders/jobs/j%201");
  });

  it("accepts a job given only in the body", async () => {
    const { client } = setup([json(202, { jobId: "j-2", status: "Pending", orderId: "o-1" })]);
    const handle = await createOrder(client, order());
    expect(handle.pollUrl).toBe("https://t.voyado.com/api/v3/orders/jobs/j-2");
  });

  it("turns an accepted answer that names no job into MalformedResponseError", async () => {
    const { client } = setup([json(202, { hello: "world" })]);
    expect((await rejection(createOrder(client, order()))).name).toBe("MalformedResponseError");
  });

  it("embeds the orderAction", async () => {
    const { client, sent } = setup([accepted("j-1")]);
    await createOrder(client, order(), {
      orderAction: { action: "ConfirmOrder", language: "sv-SE" },
    });
    expect(sent[0]?.body).toMatchObject({
      orderAction: { action: "ConfirmOrder", language: "sv-SE" },
    });
  });

  it("is retried after a network error, since orderId is unique", async () => {
    const { client, sent } = setup([new TypeError("reset"), accepted("j-1")]);
    const handle = await createOrder(client, order());
    expect(sent).toHaveLength(2);
    expect(handle.retried).toBe(true);
  });

  it("resolves a 409 after its own unclear attempt by reading the order: success with versionTag", async () => {
    const { client, sent } = setup([
      new TypeError("connection reset"),
      json(409, { errorCode: "OrderAlreadyExists", message: "Order already exists" }),
      json(200, { ...order(), createdAt: "2025-01-01T09:00:00Z", versionTag: "v1" }),
    ]);
    const handle = await createOrder(client, order(), { orderAction: { action: "ConfirmOrder" } });
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /api/v3/orders",
      "POST /api/v3/orders",
      "GET /api/v3/orders/o-1",
    ]);
    expect(handle).toMatchObject({
      jobId: "",
      status: "Completed",
      versionTag: "v1",
      retried: true,
    });
    await expect(waitForJob(client, handle)).resolves.toMatchObject({
      status: "Completed",
      versionTag: "v1",
    });
    expect(sent).toHaveLength(3); // a completed handle needs no poll
  });

  it("keeps a 409 when the stored order is not the one we sent", async () => {
    const { client } = setup([
      json(500, {}),
      json(409, { errorCode: "OrderAlreadyExists" }),
      json(200, { ...order(), currencyCode: "EUR", versionTag: "v9" }),
    ]);
    expect(await rejection(createOrder(client, order()))).toBeInstanceOf(OrderAlreadyExistsError);
  });

  it("keeps a 409 when only a line item differs: the comparison goes to any depth", async () => {
    const sent = order();
    const items = sent.lineItems?.items ?? [];
    const stored = {
      ...sent,
      lineItems: {
        ...sent.lineItems,
        items: items.map((item) => ({ ...item, quantity: item.quantity + 1 })),
      },
      versionTag: "v9",
    };
    const { client } = setup([
      json(500, {}),
      json(409, { errorCode: "OrderAlreadyExists" }),
      json(200, stored),
    ]);
    expect(await rejection(createOrder(client, sent))).toBeInstanceOf(OrderAlreadyExistsError);
  });

  it("adopts a stored order that differs only in what Engage adds or reformats", async () => {
    const sent = { ...order(), createdAt: "2025-01-01T10:00:00+01:00" };
    const stored = {
      ...sent,
      createdAt: "2025-01-01T09:00:00Z",
      versionTag: "v2",
      storedBy: "engage",
    };
    const { client } = setup([
      json(500, {}),
      json(409, { errorCode: "OrderAlreadyExists" }),
      json(200, stored),
    ]);
    await expect(createOrder(client, sent)).resolves.toMatchObject({
      status: "Completed",
      versionTag: "v2",
    });
  });

  it("reports an unknown outcome, not the read's error, when the check after a 409 cannot read", async () => {
    const { client } = setup(
      [json(500, {}), json(409, { errorCode: "OrderAlreadyExists" }), json(503, {})],
      { retry: { attempts: 2 } },
    );
    const error = (await rejection(createOrder(client, order()))) as EngageError;
    expect(error.name).toBe("OutcomeUnknownError");
    expect(error.method).toBe("POST");
    expect(error.attempts.map((attempt) => attempt.status)).toEqual([500, 409]);
    expect((error.cause as EngageError).method).toBe("GET");
  });

  it("keeps a 409 without an earlier unclear attempt (429 and 503 were not processed)", async () => {
    const { client, sent } = setup([
      json(503, {}),
      json(429, {}),
      json(409, { errorCode: "OrderAlreadyExists" }),
    ]);
    const error = (await rejection(createOrder(client, order()))) as EngageError;
    expect(error).toBeInstanceOf(OrderAlreadyExistsError);
    expect(error.attempts.map((attempt) => attempt.status)).toEqual([503, 429, 409]);
    expect(sent).toHaveLength(3);
  });

  it("when the order is not readable yet, returns a handle that polls the order", async () => {
    const { client, sent } = setup([
      new TypeError("reset"),
      json(409, { errorCode: "OrderAlreadyExists" }),
      json(404, { errorCode: "OrderNotFound" }),
      json(404, { errorCode: "OrderNotFound" }),
      json(200, { ...order(), versionTag: "v2" }),
    ]);
    const handle = await createOrder(client, order());
    expect(handle).toMatchObject({
      jobId: "",
      pollUrl: "https://t.voyado.com/api/v3/orders/o-1",
      retried: true,
    });
    expect(handle.status).toBeUndefined();
    await expect(waitForJob(client, handle)).resolves.toMatchObject({ versionTag: "v2" });
    expect(sent.at(-1)?.path).toBe("/api/v3/orders/o-1");
  });

  it("validates with the client's Standard Schema and sends nothing when invalid", async () => {
    const schema: StandardSchemaV1 = {
      "~standard": {
        version: 1,
        vendor: "test",
        validate: async () => ({
          issues: [
            { message: "must be positive", path: ["lineItems", { key: "items" }, 0, "quantity"] },
          ],
        }),
      },
    };
    const { client, sent } = setup([], { schemas: { order: schema } });
    const error = (await rejection(createOrder(client, order()))) as EngageError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual([
      { field: "lineItems.items.0.quantity", message: "must be positive" },
    ]);
    expect(error.message).toBe("Invalid order: lineItems.items.0.quantity: must be positive");
    expect(sent).toHaveLength(0);
  });

  it("sends the caller's order unchanged when the schema passes (a schema never strips fields)", async () => {
    const schema: StandardSchemaV1 = {
      "~standard": { version: 1, vendor: "test", validate: () => ({ value: { orderId: "o-1" } }) },
    };
    const { client, sent } = setup([accepted("j-1")], { schemas: { order: schema } });
    await createOrder(client, { ...order(), custom: { keep: true } });
    expect(sent[0]?.body).toMatchObject({ custom: { keep: true } });
  });

  it.each([
    [undefined, "order.orderId"],
    [{ orderId: "" }, "order.orderId"],
    [{ ...order(), __: 1 }, undefined],
  ])("refuses a missing orderId (%j)", async (bad, field) => {
    const { client, sent } = setup([accepted("j-1")]);
    const result = createOrder(client, bad as never);
    if (!field) return void (await result);
    const error = (await rejection(result)) as EngageError;
    expect(error.fieldErrors[0]?.field).toBe(field);
    expect(sent).toHaveLength(0);
  });

  it("refuses a body that cannot be JSON, naming it, before sending", async () => {
    const { client, sent } = setup([]);
    const error = (await rejection(
      createOrder(client, { ...order(), total: 10n } as never),
    )) as EngageError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe("body: must be serializable as JSON");
    expect(sent).toHaveLength(0);
  });

  it("refuses an orderAction without action", async () => {
    const { client, sent } = setup([]);
    const error = await rejection(createOrder(client, order(), { orderAction: { action: "" } }));
    expect(error.message).toBe("orderAction.action: must be a non-empty string");
    expect(sent).toHaveLength(0);
  });

  it("reports a racing duplicate found by the job as OrderAlreadyExistsError", async () => {
    const { client } = setup([
      accepted("j-1"),
      job("j-1", "Failed", {
        errorCode: "OrderAlreadyExists",
        errors: [{ message: "Order already exists" }],
      }),
    ]);
    const handle = await createOrder(client, order());
    const error = (await rejection(waitForJob(client, handle))) as EngageError;
    expect(error).toBeInstanceOf(OrderAlreadyExistsError);
    expect(error).toMatchObject({ errorCode: "OrderAlreadyExists", orderId: "o-1" });
  });

  it("treats a duplicate found by the job after its own unclear attempt as success", async () => {
    const { client } = setup([
      new TypeError("reset"),
      accepted("j-2"),
      job("j-2", "Failed", { errorCode: "OrderAlreadyExists" }),
      json(200, { ...order(), versionTag: "v1" }),
    ]);
    const handle = await createOrder(client, order());
    expect(handle.retried).toBe(true);
    await expect(waitForJob(client, handle)).resolves.toMatchObject({
      status: "Completed",
      versionTag: "v1",
    });
  });
});
