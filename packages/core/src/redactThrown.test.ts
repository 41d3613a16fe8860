import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { redactThrown } from "./redactThrown.ts";

const KEY = "k3y+with/slash=";
const redact = (text: string) => text.split(KEY).join("[redacted]");
const shows = (value: unknown) => inspect(value, { depth: 20 }) + String((value as Error)?.stack);

describe("redactThrown", () => {
  it("returns an error that names the key nowhere as it is", () => {
    const error = new TypeError("fetch failed", { cause: new Error("ECONNRESET") });
    expect(redactThrown(error, redact)).toBe(error);
  });

  it("redacts Node's fetch shape: TypeError('fetch failed', { cause }) with the key in the cause", () => {
    const cause = Object.assign(new Error(`connect refused for apikey=${KEY}`), {
      code: "ECONNREFUSED",
      errno: -111,
    });
    const error = new TypeError("fetch failed", { cause });
    expect(shows(error)).toContain(KEY);
    const redacted = redactThrown(error, redact) as TypeError;
    expect(redacted).toBeInstanceOf(TypeError);
    expect(redacted.message).toBe("fetch failed");
    expect(redacted.cause).toMatchObject({
      message: "connect refused for apikey=[redacted]",
      code: "ECONNREFUSED",
      errno: -111,
    });
    expect(shows(redacted)).not.toContain(KEY);
  });

  it("redacts each member of an AggregateError, stacks and fields hung on errors, at any depth", () => {
    const deep = new Error("inner");
    deep.stack = `Error: inner\n    at request (apikey=${KEY})`;
    const withConfig = Object.assign(new Error("Request failed with status code 502"), {
      config: { headers: { apikey: KEY, accept: "application/json" } },
    });
    const error = new AggregateError(
      [new Error("first", { cause: deep }), withConfig],
      "all attempts failed",
      { cause: new RangeError(`bad ${KEY}`) },
    );
    expect(shows(error)).toContain(KEY);
    const redacted = redactThrown(error, redact) as AggregateError;
    expect(redacted).toBeInstanceOf(AggregateError);
    expect(redacted.errors).toHaveLength(2);
    expect(redacted.cause).toBeInstanceOf(RangeError);
    expect((redacted.errors[1] as { config: unknown }).config).toEqual({
      headers: { apikey: "[redacted]", accept: "application/json" },
    });
    expect(shows(redacted)).not.toContain(KEY);
  });

  it("ends a cause chain that loops", () => {
    const error = new Error(`loop ${KEY}`);
    (error as { cause?: unknown }).cause = error;
    expect(shows(redactThrown(error, redact))).not.toContain(KEY);
  });

  it("redacts thrown strings and plain objects", () => {
    expect(redactThrown(`no ${KEY}`, redact)).toBe("no [redacted]");
    expect(redactThrown({ url: `https://x/?k=${KEY}` }, redact)).toEqual({
      url: "https://x/?k=[redacted]",
    });
  });
});
