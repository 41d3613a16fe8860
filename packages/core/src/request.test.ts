import { describe, expect, it } from "vitest";
import { json, KEY, rejection, setup } from "../test/fake.ts";
import {
  ContactMissingError,
  EngageError,
  getOrder,
  NetworkError,
  OrderAlreadyExistsError,
  RateLimitedError,
  VersionTagMismatchError,
} from "./index.ts";
import { retryAfter } from "./request.ts";

const ok = () => json(200, { orderId: "o-1", versionTag: "v1" });

describe("retries of idempotent requests", () => {
  it("retries network errors, 5xx and 429 with full-jitter backoff, then succeeds", async () => {
    const { client, sent, sleeps, events } = setup(
      [new TypeError("fetch failed"), json(502, {}), ok()],
      { retry: { attempts: 3, baseDelayMs: 100 } },
    );
    await expect(getOrder(client, "o-1")).resolves.toMatchObject({ versionTag: "v1" });
    expect(sent).toHaveLength(3);
    // random() is 0.5: half of 100·2¹, then half of 100·2².
    expect(sleeps).toEqual([100, 200]);
    expect(events.filter((e) => (e as { type: string }).type === "retry")).toEqual([
      {
        type: "retry",
        method: "GET",
        path: "/api/v3/orders/o-1",
        attempt: 1,
        delayMs: 100,
        reason: "network",
      },
      {
        type: "retry",
        method: "GET",
        path: "/api/v3/orders/o-1",
        attempt: 2,
        delayMs: 200,
        reason: "502",
      },
    ]);
  });

  it("gives up after the allowed attempts and lists every attempt", async () => {
    const { client, sent } = setup([json(503, {}), json(503, {}), json(503, { message: "down" })]);
    const error = await rejection(getOrder(client, "o-1"));
    expect(sent).toHaveLength(3);
    expect(error).toBeInstanceOf(EngageError);
    expect((error as EngageError).status).toBe(503);
    expect((error as EngageError).attempts).toEqual([
      { status: 503, reason: "503", delayMs: 200 },
      { status: 503, reason: "503", delayMs: 400 },
      { status: 503, reason: "503", delayMs: 0 },
    ]);
  });

  it("honours Retry-After within maxDelayMs, and RateLimitedError keeps it", async () => {
    const { client, sleeps } = setup(
      [
        json(429, { errorCode: "RateLimited" }, { "retry-after": "2" }),
        json(429, { errorCode: "RateLimited" }, { "retry-after": "99999" }),
        json(429, { errorCode: "RateLimited", message: "slow down" }, { "retry-after": "3" }),
      ],
      { retry: { maxDelayMs: 4000 } },
    );
    const error = await rejection(getOrder(client, "o-1"));
    expect(sleeps).toEqual([2000, 4000]);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ status: 429, errorCode: "RateLimited", retryAfterMs: 3000 });
  });

  it("does not retry 4xx answers", async () => {
    const { client, sent } = setup([json(401, { errorCode: "Unauthorized", message: "bad key" })]);
    const error = await rejection(getOrder(client, "o-1"));
    expect(sent).toHaveLength(1);
    expect(error).toMatchObject({ name: "EngageError", status: 401, errorCode: "Unauthorized" });
  });

  it("stops retrying when the client's retry budget is spent, and earns it back slowly", async () => {
    const failures = Array.from({ length: 20 }, () => json(503, {}));
    const { client, sent } = setup(failures, { retry: { attempts: 5, budget: 3 } });
    await rejection(getOrder(client, "o-1"));
    expect(sent).toHaveLength(4); // 1 + 3 retries: the budget, not the attempts, ran out
    await rejection(getOrder(client, "o-1"));
    expect(sent).toHaveLength(5); // no token left: a single attempt
    expect(client.tokens).toBe(0);
  });

  it("gives every attempt a fresh init: a wrapper that changes it cannot change a retry", async () => {
    const bodies: unknown[] = [];
    const { client } = setup([], {
      fetch: async (_url, init) => {
        bodies.push(init.body);
        init.body = "changed";
        if (bodies.length === 1) throw new TypeError("reset");
        return json(200, { orderId: "o-1", versionTag: "v1" });
      },
    });
    await getOrder(client, "o-1");
    expect(bodies).toEqual([null, null]);
  });

  it("passes the attempt's signal through a wrapper that spreads init", async () => {
    let seen: AbortSignal | null | undefined;
    const { client } = setup([], {
      timeoutMs: 5,
      retry: false,
      fetch: (_url, init) => {
        const copy = { ...init };
        seen = copy.signal;
        return new Promise((_, reject) =>
          copy.signal?.addEventListener("abort", () => reject(copy.signal?.reason)),
        );
      },
    });
    const error = await rejection(getOrder(client, "o-1"));
    expect(error).toBeInstanceOf(NetworkError);
    expect(seen?.aborted).toBe(true);
  });

  it("retry: false sends once", async () => {
    const { client, sent } = setup([json(503, {})], { retry: false });
    await rejection(getOrder(client, "o-1"));
    expect(sent).toHaveLength(1);
  });

  it("times out a hanging attempt with an AbortController and retries it", async () => {
    const hang = (req: unknown) =>
      new Promise<Response>((_, reject) => {
        void req;
        setTimeout(() => reject(new DOMException("aborted", "AbortError")), 1000);
      });
    let signal: AbortSignal | undefined;
    const { client } = setup([], {
      timeoutMs: 5,
      retry: { attempts: 2 },
      fetch: (_url, init) => {
        signal = init.signal ?? undefined;
        return new Promise((_, reject) =>
          init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
        );
      },
    });
    void hang;
    const error = await rejection(getOrder(client, "o-1"));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as EngageError).attempts.map((a) => a.reason)).toEqual(["timeout", "timeout"]);
    expect(signal?.aborted).toBe(true);
  });
});

describe("error answers", () => {
  it.each([
    [409, { errorCode: "OrderAlreadyExists" }, OrderAlreadyExistsError],
    [422, { errorCode: "ContactMissing" }, ContactMissingError],
    [404, { errorCode: "VersionTagMismatch" }, VersionTagMismatchError],
    [400, { errorCode: "ContactNotFound" }, ContactMissingError],
  ])("%i %j → %o", async (status, body, Class) => {
    const { client } = setup([json(status, body)]);
    expect(await rejection(getOrder(client, "o-1"))).toBeInstanceOf(Class);
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
    const a = (await rejection(getOrder(client, "o-1"))) as EngageError;
    const b = (await rejection(getOrder(client, "o-1"))) as EngageError;
    for (const error of [a, b]) {
      expect(error.message).not.toContain(KEY);
      expect(error.body ?? "").not.toContain(KEY);
      expect(JSON.stringify({ ...error })).not.toContain(KEY);
    }
    expect(a.message).toContain("[redacted]");
    expect(JSON.stringify(events)).not.toContain(KEY);
  });
});

describe("retryAfter", () => {
  const now = Date.UTC(2025, 0, 1);
  it.each([
    ["2", 2000],
    ["0", undefined],
    ["-5", undefined],
    ["soon", undefined],
    ["", undefined],
    [null, undefined],
    ["Infinity", Number.POSITIVE_INFINITY],
    [new Date(now + 3000).toUTCString(), 3000],
    [new Date(now - 3000).toUTCString(), undefined],
  ])("%j → %j", (value, expected) => {
    expect(retryAfter(value, now)).toBe(expected);
  });
});

describe("an echoed key", () => {
  const leaks = (value: unknown) =>
    JSON.stringify(value, (_, v) =>
      v instanceof Error ? { ...v, message: v.message, stack: v.stack } : v,
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

  it("is redacted from the cause of a network failure whose message names it", async () => {
    const { client } = setup([new TypeError(`connect refused (apikey=${KEY})`)], { retry: false });
    const error = (await rejection(getOrder(client, "o-1"))) as NetworkError;
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).name).toBe("TypeError");
    expect(leaks(error)).toBe(false);
  });
});

describe("order and job ids", () => {
  it.each([".", ".."])(
    "refuses %j before sending, since a URL reads it as a path step",
    async (id) => {
      const { client, sent } = setup([ok()]);
      const error = (await rejection(getOrder(client, id))) as EngageError;
      expect(error.name).toBe("ValidationError");
      expect(error.fieldErrors).toEqual([{ field: "orderId", message: 'must not be "." or ".."' }]);
      expect(sent).toHaveLength(0);
    },
  );

  it("encodes any other id as one path segment", async () => {
    const { client, sent } = setup([ok()]);
    await getOrder(client, "a/../b?c#d .");
    expect(sent[0]?.url).toContain("/api/v3/orders/a%2F..%2Fb%3Fc%23d%20.");
  });
});
