import { describe, expect, it } from "vitest";
import { accepted, json, rejection, setup } from "../test/fake.ts";
import { deleteOrder } from "./deleteOrder.ts";
import { MalformedResponseError, OrderNotFoundError, ValidationError } from "./errors.ts";

describe("deleteOrder", () => {
  it("URL-encodes the order id in the path and sends no body", async () => {
    const { client, sent } = setup([accepted("j-1", "a b/c?")]);
    const handle = await deleteOrder(client, "a b/c?");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: "DELETE", path: "/api/v3/orders/a%20b%2Fc%3F" });
    expect(sent[0]?.body).toBeUndefined();
    expect(handle).toMatchObject({ jobId: "j-1", orderId: "a b/c?", operation: "delete" });
  });

  it.each([
    ["an empty id", "", "orderId: must be a non-empty string"],
    ["a dot segment", "..", 'orderId: must not be "." or ".."'],
  ])("refuses %s before sending anything", async (_label, orderId, message) => {
    const { client, sent } = setup([]);
    const error = await rejection(deleteOrder(client, orderId));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(message);
    expect(sent).toHaveLength(0);
  });

  it("is retried after a failure whose outcome is unclear: deleting twice changes nothing", async () => {
    const { client, sent } = setup([new TypeError("reset"), json(502, {}), accepted("j-1")]);
    const handle = await deleteOrder(client, "o-1");
    expect(sent.map((request) => request.method)).toEqual(["DELETE", "DELETE", "DELETE"]);
    expect(handle.jobId).toBe("j-1");
  });

  it("a 404 is OrderNotFoundError carrying the order id", async () => {
    const { client } = setup([json(404, { errorCode: "OrderNotFound" })]);
    const error = (await rejection(deleteOrder(client, "o-9"))) as OrderNotFoundError;
    expect(error).toBeInstanceOf(OrderNotFoundError);
    expect(error.orderId).toBe("o-9");
  });

  it("an answer with a body but no job is malformed, not a completed delete", async () => {
    const { client } = setup([json(200, { deleted: "maybe" })]);
    expect(await rejection(deleteOrder(client, "o-1"))).toBeInstanceOf(MalformedResponseError);
  });

  it("passes its signal on: an aborted delete sends nothing", async () => {
    const { client, sent } = setup([accepted("j-1")]);
    const reason = new DOMException("stop", "AbortError");
    await expect(deleteOrder(client, "o-1", { signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    );
    expect(sent).toHaveLength(0);
  });
});
