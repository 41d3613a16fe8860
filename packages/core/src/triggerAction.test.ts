import { describe, expect, it } from "vitest";
import { json, KEY, rejection, setup } from "../test/fake.ts";
import {
  ContactMissingError,
  type EngageError,
  OrderNotFoundError,
  OutcomeUnknownError,
  RateLimitedError,
  triggerAction,
  ValidationError,
  VersionTagMismatchError,
} from "./index.ts";

const action = {
  action: "ConfirmOrder",
  versionTag: "IXUA3ril8XnZJKUMSfP7dg==",
  language: "en-US",
};

describe("triggerAction", () => {
  it("posts the action with its versionTag to the encoded order path", async () => {
    const { client, sent } = setup([
      json(202, { orderId: "o 1", action: "ConfirmOrder", accepted: true }),
    ]);
    const result = await triggerAction(client, "o 1", { ...action, data: { list: ["a"] } });
    expect(result).toEqual({ orderId: "o 1", action: "ConfirmOrder", accepted: true });
    expect(sent[0]).toMatchObject({
      method: "POST",
      path: "/api/v3/orders/o%201/action",
      body: { ...action, data: { list: ["a"] } },
    });
  });

  it("accepts an empty 202", async () => {
    const { client } = setup([new Response(null, { status: 202 })]);
    await expect(triggerAction(client, "o-1", action)).resolves.toEqual({
      orderId: "o-1",
      action: "ConfirmOrder",
      accepted: true,
    });
  });

  it.each([
    [new TypeError("connection reset"), undefined],
    [json(500, { message: "boom" }), 500],
    [json(502, {}), 502],
    [json(504, {}), 504],
  ])("is never re-sent after an unclear failure (%s)", async (answer, status) => {
    const { client, sent } = setup([answer, json(202, {})]);
    const error = (await rejection(triggerAction(client, "o-1", action))) as EngageError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.message).toContain("not re-sent");
    expect(error.status).toBe(status);
    expect(sent).toHaveLength(1);
  });

  it.each([500, 502, 504])(
    "keeps what Engage answered with an unclear %i: raw body, errorCode, message, field errors",
    async (status) => {
      const answer = {
        errorCode: "UpstreamTimeout",
        message: `mail queue slow (key ${KEY})`,
        errors: [{ field: "action", message: "queued?" }],
      };
      const { client, sent } = setup([json(status, answer)]);
      const error = (await rejection(triggerAction(client, "o-1", action))) as EngageError;
      expect(error).toBeInstanceOf(OutcomeUnknownError);
      expect(sent).toHaveLength(1);
      expect(error).toMatchObject({
        status,
        errorCode: "UpstreamTimeout",
        fieldErrors: [{ field: "action", message: "queued?" }],
        body: JSON.stringify({ ...answer, message: "mail queue slow (key [redacted])" }),
      });
      expect(error.message).toBe(
        `POST /api/v3/orders/o-1/action → ${status} UpstreamTimeout: mail queue slow (key [redacted]); Engage may have processed it, so it was not re-sent`,
      );
    },
  );

  it("is never re-sent after a timeout", async () => {
    let calls = 0;
    const { client } = setup([], {
      timeoutMs: 5,
      fetch: (_url, init) => {
        calls++;
        return new Promise((_, reject) =>
          init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
        );
      },
    });
    const error = (await rejection(triggerAction(client, "o-1", action))) as EngageError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.attempts).toEqual([{ reason: "timeout", delayMs: 0 }]);
    expect(calls).toBe(1);
  });

  it("retries 429 and 503, which mean not processed", async () => {
    const { client, sent } = setup([
      json(429, { errorCode: "RateLimited" }, { "retry-after": "1" }),
      json(503, {}),
      json(202, {}),
    ]);
    await triggerAction(client, "o-1", action);
    expect(sent).toHaveLength(3);
  });

  it("a persistent 429 is RateLimitedError, not an unknown outcome", async () => {
    const { client } = setup([json(429, {}), json(429, {}), json(429, {})]);
    expect(await rejection(triggerAction(client, "o-1", action))).toBeInstanceOf(RateLimitedError);
  });

  it("an unclear failure after a 429 is still an unknown outcome", async () => {
    const { client, sent } = setup([json(429, {}), new TypeError("reset"), json(202, {})]);
    expect(await rejection(triggerAction(client, "o-1", action))).toBeInstanceOf(
      OutcomeUnknownError,
    );
    expect(sent).toHaveLength(2);
  });

  it("404 VersionTagMismatch → VersionTagMismatchError carrying the order id and the tag sent", async () => {
    const { client } = setup([json(404, { errorCode: "VersionTagMismatch", message: "stale" })]);
    const error = (await rejection(
      triggerAction(client, "o-1", action),
    )) as VersionTagMismatchError;
    expect(error).toBeInstanceOf(VersionTagMismatchError);
    expect(error).toMatchObject({ status: 404, orderId: "o-1", versionTag: action.versionTag });
  });

  it("a bare 404 on an action is a version mismatch; OrderNotFound stays not-found", async () => {
    const { client } = setup([
      new Response(null, { status: 404 }),
      json(404, { errorCode: "OrderNotFound" }),
    ]);
    expect(await rejection(triggerAction(client, "o-1", action))).toBeInstanceOf(
      VersionTagMismatchError,
    );
    expect(await rejection(triggerAction(client, "o-1", action))).toBeInstanceOf(
      OrderNotFoundError,
    );
  });

  it("422 ContactMissing → ContactMissingError", async () => {
    const { client } = setup([json(422, { errorCode: "ContactMissing", message: "no contact" })]);
    const error = await rejection(triggerAction(client, "o-1", action));
    expect(error).toBeInstanceOf(ContactMissingError);
  });

  it.each([
    ["", action, "orderId"],
    ["o-1", { ...action, action: "" }, "action.action"],
    ["o-1", { ...action, versionTag: "" }, "action.versionTag"],
    ["o-1", undefined, "action.action"],
  ])("refuses %j %j naming %s before sending", async (orderId, body, field) => {
    const { client, sent } = setup([]);
    const error = (await rejection(triggerAction(client, orderId, body as never))) as EngageError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors[0]?.field).toBe(field);
    expect(sent).toHaveLength(0);
  });
});
