import { describe, expect, it } from "vitest";
import { MalformedResponseError } from "./errors.ts";
import {
  isObject,
  malformed,
  nonEmptyString,
  objectBody,
  parseJson,
  type Reply,
} from "./replyBody.ts";

const reply = (text: string): Reply => ({
  status: 200,
  headers: new Headers(),
  redirected: false,
  text,
  data: parseJson(text),
  path: "/api/v3/orders/o-1",
  attempts: [{ status: 200, reason: "200", delayMs: 0 }],
});

describe("reading a reply's body", () => {
  it("parses JSON, and gives undefined for anything else", () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson("null")).toBeNull();
    expect(parseJson("")).toBeUndefined();
    expect(parseJson("<html>")).toBeUndefined();
  });

  it("tells objects and non-empty strings", () => {
    expect([isObject({}), isObject([]), isObject(null), isObject("x")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([nonEmptyString("a"), nonEmptyString(""), nonEmptyString(1)]).toEqual([
      "a",
      undefined,
      undefined,
    ]);
  });

  it("returns an object body, and refuses any other as malformed with the caller's details", () => {
    expect(objectBody(reply('{"orderId":"o-1"}'))).toEqual({ orderId: "o-1" });
    let error: unknown;
    try {
      objectBody(reply('"text"'), { orderId: "o-1" });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({
      message: "/api/v3/orders/o-1: the answer is not a JSON object",
      status: 200,
      body: '"text"',
      orderId: "o-1",
      attempts: [{ status: 200, reason: "200", delayMs: 0 }],
    });
  });

  it("malformed names the problem", () => {
    expect(() => malformed(reply("{}"), "has no job status")).toThrow(
      "/api/v3/orders/o-1: the answer has no job status",
    );
  });
});
