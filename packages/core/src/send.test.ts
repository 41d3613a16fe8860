import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { json, KEY, rejection, setup } from "../test/fake.ts";
import { internalsOf } from "./clientInternals.ts";
import {
  deleteOrder,
  EngageError,
  getJob,
  getOrder,
  NetworkError,
  RateLimitedError,
} from "./index.ts";

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
    expect(events.filter((event) => (event as { type: string }).type === "retry")).toEqual([
      {
        type: "retry",
        requestId: expect.any(String),
        method: "GET",
        path: "/api/v3/orders/o-1",
        orderId: "o-1",
        attempt: 1,
        delayMs: 100,
        reason: "network",
      },
      {
        type: "retry",
        requestId: expect.any(String),
        method: "GET",
        path: "/api/v3/orders/o-1",
        orderId: "o-1",
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
    expect(internalsOf(client).tokens).toBe(0);
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
    const error = await rejection(getOrder(client, "o-1"));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as EngageError).attempts.map((attempt) => attempt.reason)).toEqual([
      "timeout",
      "timeout",
    ]);
    expect(signal?.aborted).toBe(true);
  });
});

describe("an echoed key in a network failure", () => {
  const leaks = (value: unknown) =>
    JSON.stringify(value, (_key, field) =>
      field instanceof Error ? { ...field, message: field.message, stack: field.stack } : field,
    ).includes(KEY);

  it("is redacted from the cause of a network failure whose message names it", async () => {
    const { client } = setup([new TypeError(`connect refused (apikey=${KEY})`)], { retry: false });
    const error = (await rejection(getOrder(client, "o-1"))) as NetworkError;
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).name).toBe("TypeError");
    expect(leaks(error)).toBe(false);
  });
});

describe("the key at any depth", () => {
  const shows = (value: unknown) => inspect(value, { depth: 20 }) + String((value as Error).stack);

  it("is redacted from a network failure's whole cause chain, as Node's fetch nests it", async () => {
    const cause = Object.assign(new Error(`connect ECONNREFUSED (apikey=${KEY})`), {
      code: "ECONNREFUSED",
    });
    const { client, events } = setup([new TypeError("fetch failed", { cause })], {
      retry: false,
    });
    const error = (await rejection(getOrder(client, "o-1"))) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect((error.cause as Error).cause).toMatchObject({ code: "ECONNREFUSED" });
    expect(shows(error)).not.toContain(KEY);
    expect(JSON.stringify(events)).not.toContain(KEY);
  });

  it("is redacted from an AggregateError's members and an HTTP library's config.headers", async () => {
    const failure = new AggregateError(
      [Object.assign(new Error("502"), { config: { headers: { apikey: KEY } } })],
      "every endpoint failed",
    );
    const { client } = setup([failure], { retry: false });
    const error = await rejection(getOrder(client, "o-1"));
    expect(shows(error)).not.toContain(KEY);
    expect((error.cause as AggregateError).errors).toHaveLength(1);
  });

  it("is redacted from a Location that becomes a handle's poll URL, and from the events", async () => {
    const { client, events } = setup([
      new Response(null, {
        status: 202,
        headers: { location: `https://t.voyado.com/api/v3/orders/jobs/j-1?apikey=${KEY}` },
      }),
      json(200, { jobId: "j-1", orderId: "o-1", status: "Pending" }),
    ]);
    const handle = await deleteOrder(client, "o-1");
    expect(handle.jobId).toBe("j-1");
    expect(JSON.stringify(handle)).not.toContain(KEY);
    await getJob(client, handle);
    expect(JSON.stringify(events)).not.toContain(KEY);
  });

  it("is redacted in its URL-encoded spelling (a key with + / =)", async () => {
    const apiKey = "k+y/z=9";
    const { client } = setup(
      [
        new Response(null, {
          status: 202,
          headers: {
            location: `https://t.voyado.com/api/v3/orders/jobs/${encodeURIComponent(apiKey)}`,
          },
        }),
      ],
      { apiKey },
    );
    const handle = await deleteOrder(client, "o-1");
    expect(JSON.stringify(handle)).not.toContain(encodeURIComponent(apiKey));
    expect(JSON.stringify(handle)).not.toContain(apiKey);
  });

  it("is redacted when a JSON writer escaped one of its characters", async () => {
    const escaped = KEY.replace("s", "\\u0073");
    const { client } = setup([
      new Response(`{"errorCode":"Bad","message":"key ${escaped}"}`, {
        status: 400,
        headers: { "content-type": "application/json" },
      }),
    ]);
    const error = (await rejection(getOrder(client, "o-1"))) as EngageError;
    expect(error.message).toBe("GET /api/v3/orders/o-1 → 400 Bad: key [redacted]");
    expect(JSON.parse(error.body ?? "")).toEqual({ errorCode: "Bad", message: "key [redacted]" });
  });
});

describe("request events", () => {
  it("pair each attempt's start and end under one request id, with the orderId", async () => {
    const { client, events } = setup([
      json(503, {}),
      json(200, { orderId: "o-1", versionTag: "v1" }),
    ]);
    await getOrder(client, "o-1");
    const lifecycle = (events as Array<Record<string, unknown>>).map(
      ({ type, attempt, orderId, status }) => ({ type, attempt, orderId, status }),
    );
    expect(lifecycle).toEqual([
      { type: "request-start", attempt: 1, orderId: "o-1", status: undefined },
      { type: "request", attempt: 1, orderId: "o-1", status: 503 },
      { type: "retry", attempt: 1, orderId: "o-1", status: undefined },
      { type: "request-start", attempt: 2, orderId: "o-1", status: undefined },
      { type: "request", attempt: 2, orderId: "o-1", status: 200 },
    ]);
    const ids = new Set(events.map((event) => (event as { requestId: string }).requestId));
    expect(ids.size).toBe(1);
    await getOrder(client, "o-1").catch(() => undefined);
    const later = (events.at(-1) as { requestId: string }).requestId;
    expect(ids.has(later)).toBe(false);
  });

  it("end an attempt whose headers function threw, and send nothing", async () => {
    const { client, events, sent } = setup([], {
      headers: () => {
        throw new Error("tracer down");
      },
    });
    await expect(getOrder(client, "o-1")).rejects.toThrow("tracer down");
    expect(sent).toHaveLength(0);
    expect(events.map((event) => (event as { type: string }).type)).toEqual([
      "request-start",
      "request",
    ]);
    expect(events[1]).toMatchObject({ error: "tracer down", durationMs: 0 });
  });
});
