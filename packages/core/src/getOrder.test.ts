import { describe, expect, it } from "vitest";
import { json, rejection, setup } from "../test/fake.ts";
import { getOrder, MalformedResponseError, OrderNotFoundError, ValidationError } from "./index.ts";

describe("getOrder", () => {
  it("reads an order with its versionTag, keeping unknown fields", async () => {
    const { client, sent } = setup([json(200, { orderId: "o-1", versionTag: "v1", newField: 7 })]);
    const order = await getOrder(client, "o-1");
    expect(order).toEqual({ orderId: "o-1", versionTag: "v1", newField: 7 });
    expect(sent[0]).toMatchObject({ method: "GET", path: "/api/v3/orders/o-1" });
  });

  it("URL-encodes the order id and the contact check", async () => {
    const { client, sent } = setup([json(200, { orderId: "a/b?c", versionTag: "v1" })]);
    await getOrder(client, "a/b?c", { contactId: "c 1&x=2" });
    expect(sent[0]?.path).toBe("/api/v3/orders/a%2Fb%3Fc?contactId=c%201%26x%3D2");
  });

  it("maps 404 to OrderNotFoundError with status, code, body, method and path", async () => {
    const body = { errorCode: "OrderNotFound", message: "No such order", errors: [] };
    const { client } = setup([json(404, body)]);
    const error = await rejection(getOrder(client, "o-9", { contactId: "c-1" }));
    expect(error).toBeInstanceOf(OrderNotFoundError);
    expect(error).toMatchObject({
      name: "OrderNotFoundError",
      status: 404,
      errorCode: "OrderNotFound",
      method: "GET",
      path: "/api/v3/orders/o-9?contactId=c-1",
      body: JSON.stringify(body),
      orderId: "o-9",
      attempts: [{ status: 404, reason: "404", delayMs: 0 }],
    });
    expect(error.message).toBe(
      "GET /api/v3/orders/o-9?contactId=c-1 → 404 OrderNotFound: No such order",
    );
  });

  it.each([
    ["HTML", new Response("<html>502 Bad Gateway</html>", { status: 200 })],
    ["truncated JSON", new Response('{"orderId":"o-1","versi', { status: 200 })],
    ["a JSON string", json(200, "o-1")],
    ["an empty body", new Response(null, { status: 200 })],
    ["an order without versionTag", json(200, { orderId: "o-1" })],
    ["a versionTag of the wrong type", json(200, { orderId: "o-1", versionTag: 7 })],
  ])("turns a 200 with %s into MalformedResponseError", async (_, response) => {
    const { client } = setup([response]);
    const error = await rejection(getOrder(client, "o-1"));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ status: 200 });
  });

  it("refuses an empty order id before sending anything", async () => {
    const { client, sent } = setup([]);
    const error = await rejection(getOrder(client, ""));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe("orderId: must be a non-empty string");
    expect(sent).toHaveLength(0);
  });
});
