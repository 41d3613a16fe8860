import { describe, expect, it } from "vitest";
import { json, KEY, rejection, setup } from "../test/fake.ts";
import { errorClassFor, errorFromReply, readErrorAnswer } from "./errorFromReply.ts";
import {
  ContactMissingError,
  EngageError,
  getOrder,
  OrderAlreadyExistsError,
  OrderNotFoundError,
  RateLimitedError,
  VersionTagMismatchError,
} from "./index.ts";

describe("error answers", () => {
  it.each([
    [409, { errorCode: "OrderAlreadyExists" }, OrderAlreadyExistsError],
    [422, { errorCode: "ContactMissing" }, ContactMissingError],
    [404, { errorCode: "VersionTagMismatch" }, VersionTagMismatchError],
    [400, { errorCode: "ContactNotFound" }, ContactMissingError],
  ])("%i %j → %o", async (status, body, ErrorClass) => {
    const { client } = setup([json(status, body)]);
    expect(await rejection(getOrder(client, "o-1"))).toBeInstanceOf(ErrorClass);
  });

  it("reads our error body with field errors", async () => {
    const body = {
      errorCode: "InvalidRequest",
      message: "Invalid order",
      errors: [{ field: "lineItems.items.0.quantity", message: "must be positive" }],
    };
    const { client } = setup([json(400, body)]);
    const error = (await rejection(getOrder(client, "o-1"))) as EngageError;
    expect(error.fieldErrors).toEqual(body.errors);
    expect(error.errorCode).toBe("InvalidRequest");
  });

  it("reads RFC 9457 problem+json", async () => {
    const problem = {
      type: "https://example.com/probs/invalid",
      title: "Invalid request",
      detail: "quantity must be positive",
      "invalid-params": [{ name: "quantity", reason: "must be positive" }],
    };
    const { client } = setup([
      new Response(JSON.stringify(problem), {
        status: 400,
        headers: { "content-type": "application/problem+json" },
      }),
    ]);
    const error = (await rejection(getOrder(client, "o-1"))) as EngageError;
    expect(error.message).toContain("quantity must be positive");
    expect(error.fieldErrors).toEqual([{ field: "quantity", message: "must be positive" }]);
  });

  it("reads ASP.NET-style errors objects", async () => {
    const { client } = setup([
      json(400, { title: "Bad", errors: { Quantity: ["too small", "odd"] } }),
    ]);
    const error = (await rejection(getOrder(client, "o-1"))) as EngageError;
    expect(error.fieldErrors).toEqual([
      { field: "Quantity", message: "too small" },
      { field: "Quantity", message: "odd" },
    ]);
  });

  it("keeps plain text and empty bodies", async () => {
    const { client } = setup([
      new Response("Service Unavailable", { status: 400 }),
      new Response(null, { status: 400 }),
    ]);
    const text = (await rejection(getOrder(client, "o-1"))) as EngageError;
    expect(text).toMatchObject({ status: 400, body: "Service Unavailable", fieldErrors: [] });
    expect(text.message).toBe("GET /api/v3/orders/o-1 → 400: Service Unavailable");
    const empty = (await rejection(getOrder(client, "o-1"))) as EngageError;
    expect(empty).toMatchObject({ status: 400, body: "" });
    expect(empty.message).toBe("GET /api/v3/orders/o-1 → 400");
  });

  it("maps Engage's own 500 without a JSON errorCode", async () => {
    const { client } = setup([json(500, { message: "An error has occurred." })], { retry: false });
    const error = (await rejection(getOrder(client, "o-1"))) as EngageError;
    expect(error).toMatchObject({ status: 500, errorCode: undefined });
    expect(error.message).toContain("An error has occurred.");
  });

  it("redacts the API key from messages, bodies and network errors", async () => {
    const { client, events } = setup(
      [
        json(400, { message: `bad key ${KEY}`, errors: [] }),
        new TypeError(`connect failed ${KEY}`),
      ],
      { retry: false },
    );
    const answered = (await rejection(getOrder(client, "o-1"))) as EngageError;
    const unanswered = (await rejection(getOrder(client, "o-1"))) as EngageError;
    for (const error of [answered, unanswered]) {
      expect(error.message).not.toContain(KEY);
      expect(error.body ?? "").not.toContain(KEY);
      expect(JSON.stringify({ ...error })).not.toContain(KEY);
    }
    expect(answered.message).toContain("[redacted]");
    expect(JSON.stringify(events)).not.toContain(KEY);
  });
});

describe("an echoed key", () => {
  const leaks = (value: unknown) =>
    JSON.stringify(value, (_key, field) =>
      field instanceof Error ? { ...field, message: field.message, stack: field.stack } : field,
    ).includes(KEY);

  it("is redacted from everything an error answer becomes: code, field errors, body", async () => {
    const { client } = setup([
      json(400, {
        errorCode: `Bad-${KEY}`,
        message: `key ${KEY}`,
        errors: [{ field: "apikey", message: KEY }],
      }),
    ]);
    const error = (await rejection(getOrder(client, "o-1"))) as EngageError;
    expect(error.fieldErrors).toEqual([{ field: "apikey", message: "[redacted]" }]);
    expect(error.errorCode).toBe("Bad-[redacted]");
    expect(leaks(error)).toBe(false);
  });
});

describe("errorClassFor", () => {
  it.each([
    [429, undefined, RateLimitedError],
    [409, undefined, OrderAlreadyExistsError],
    [400, "OrderAlreadyExists", OrderAlreadyExistsError],
    [422, undefined, ContactMissingError],
    [400, "ContactMissing", ContactMissingError],
    [400, "ContactNotFound", ContactMissingError],
    [404, "VersionTagMismatch", VersionTagMismatchError],
    [404, "OrderNotFound", OrderNotFoundError],
    [404, undefined, OrderNotFoundError],
    [404, "Other", EngageError],
    [401, "Unauthorized", EngageError],
  ])("%i %j → %o", (status, errorCode, expected) => {
    expect(errorClassFor(status, errorCode)).toBe(expected);
  });

  it("gives a bare 404 the class the request names", () => {
    expect(errorClassFor(404, undefined, VersionTagMismatchError)).toBe(VersionTagMismatchError);
    expect(errorClassFor(404, "OrderNotFound", VersionTagMismatchError)).toBe(OrderNotFoundError);
  });
});

describe("errorFromReply", () => {
  it("keeps status, body, errorCode, summary and field errors, with the request in the message", () => {
    const text = JSON.stringify({ code: "Nope", detail: "not allowed", errors: { a: "bad" } });
    const error = errorFromReply(
      { status: 403, text, retryAfterMs: undefined },
      { method: "POST", path: "/api/v3/orders", details: { orderId: "o-1" } },
    );
    expect(error).toBeInstanceOf(EngageError);
    expect(error).toMatchObject({
      message: "POST /api/v3/orders → 403 Nope: not allowed",
      status: 403,
      errorCode: "Nope",
      body: text,
      orderId: "o-1",
      fieldErrors: [{ field: "a", message: "bad" }],
    });
  });

  it("quotes at most 200 characters of a body that is not JSON", () => {
    const answer = readErrorAnswer(`<html>${"x".repeat(500)}`);
    expect(answer.summary).toHaveLength(200);
    expect(answer.errorCode).toBeUndefined();
  });
});
