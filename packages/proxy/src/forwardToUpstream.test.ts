import { describe, expect, it } from "vitest";
import {
  canaryKey,
  everythingSent,
  recordingUpstream,
  upstreamBase,
} from "../test/recordingUpstream.ts";
import { createOrdersProxy } from "./createOrdersProxy.ts";
import type { FetchLike, OrdersProxyEvent } from "./types.ts";

const proxyOrigin = "https://shop.example";

function setup(fetch: FetchLike, extra: { timeoutMs?: number; maxResponseBytes?: number } = {}) {
  const events: OrdersProxyEvent[] = [];
  const proxy = createOrdersProxy({
    baseUrl: upstreamBase,
    apiKey: canaryKey,
    fetch,
    onRequest: (event) => events.push(event),
    ...extra,
  });
  return { proxy, events };
}

describe("upstream failures", () => {
  it("maps a network failure to 502 with a JSON error body and no key", async () => {
    const { proxy, events } = setup(async () => {
      throw new TypeError(`fetch failed: connect ECONNREFUSED (apikey ${canaryKey})`);
    });
    const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toContain("application/json");
    const sent = await everythingSent(response);
    expect(sent).toContain('"errorCode":"UpstreamUnavailable"');
    expect(sent).not.toContain(canaryKey);
    expect(events[0]).toMatchObject({ outcome: "upstream-unavailable", status: 502 });
    expect(events[0]!.error).toContain("ECONNREFUSED");
    expect(JSON.stringify(events)).not.toContain(canaryKey);
  });

  it("answers 502 when an injected fetch resolves to something that is not a Response", async () => {
    const { proxy, events } = setup(async () => undefined as unknown as Response);
    const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(response.status).toBe(502);
    expect(events[0]).toMatchObject({ outcome: "upstream-unavailable" });
  });

  it("answers 504 when upstream does not answer in time, aborting the call", async () => {
    let aborted = false;
    const { proxy, events } = setup(
      (request) =>
        new Promise((_, reject) => {
          // Like a real fetch: an already-aborted signal rejects at once (the 1 ms timeout can
          // fire before the call starts on a busy machine), a later abort when it comes.
          const stop = () => {
            aborted = true;
            reject(request.signal.reason);
          };
          if (request.signal.aborted) stop();
          else request.signal.addEventListener("abort", stop);
        }),
      { timeoutMs: 1 },
    );
    const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(response.status).toBe(504);
    expect((await response.json()).errorCode).toBe("UpstreamTimeout");
    expect(aborted).toBe(true);
    expect(events[0]!.outcome).toBe("upstream-timeout");
  });

  it("answers 504 in time even when the upstream call ignores the abort", async () => {
    // A fetch that never settles and never looks at its signal, as a custom transport might;
    // also what a fake whose request was garbage-collected looks like.
    const { proxy, events } = setup(() => new Promise<Response>(() => {}), { timeoutMs: 5 });
    const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(response.status).toBe(504);
    expect(events[0]!.outcome).toBe("upstream-timeout");
  });

  it("answers 504 when the upstream body stalls past the timeout, cancelling it", async () => {
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"orderId":'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const { proxy, events } = setup(async () => new Response(stalled, { status: 200 }), {
      timeoutMs: 5,
    });
    const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(response.status).toBe(504);
    expect(events[0]!.outcome).toBe("upstream-timeout");
    expect(cancelled).toBe(true);
  });

  it("takes a late answer that is not a Response without an unhandled rejection", async () => {
    let answer: (value: unknown) => void = () => {};
    const { proxy } = setup(
      () =>
        new Promise<unknown>((resolve) => {
          answer = resolve;
        }) as Promise<Response>,
      { timeoutMs: 5 },
    );
    const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(response.status).toBe(504);
    // A wrapper such as `(r) => fetch(r).catch(() => undefined)` answers this way once aborted;
    // vitest fails the run on any unhandled rejection that follows.
    answer(undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it("sends nothing upstream when the browser has already gone", async () => {
    const browser = new AbortController();
    browser.abort();
    let calls = 0;
    const { proxy } = setup(async () => {
      calls++;
      return new Response("{}");
    });
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders`, {
        method: "POST",
        body: "{}",
        headers: { "content-type": "application/json" },
        signal: browser.signal,
      }),
    );
    expect(calls).toBe(0);
    expect(response.status).toBe(502);
  });

  it("cancels the body of an answer that comes after the timeout", async () => {
    let cancelled = false;
    let answer: (response: Response) => void = () => {};
    const { proxy } = setup(() => new Promise<Response>((resolve) => (answer = resolve)), {
      timeoutMs: 5,
    });
    const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(response.status).toBe(504);
    answer(
      new Response(
        new ReadableStream({
          cancel() {
            cancelled = true;
          },
        }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cancelled).toBe(true);
  });

  it("aborts the upstream call when the browser goes away", async () => {
    const browser = new AbortController();
    let upstreamSignal: AbortSignal | undefined;
    const { proxy } = setup(
      (request) =>
        new Promise((_, reject) => {
          upstreamSignal = request.signal;
          request.signal.addEventListener("abort", () => reject(request.signal.reason));
          browser.abort();
        }),
    );
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, { signal: browser.signal }),
    );
    expect(upstreamSignal?.aborted).toBe(true);
    expect(response.status).toBe(502);
  });

  it("cancels an upstream body over the response limit and answers 502", async () => {
    const upstream = recordingUpstream(() => ({
      headers: { "content-type": "application/json" },
      body: `"${"x".repeat(100)}"`,
    }));
    const { proxy, events } = setup(upstream.fetch, { maxResponseBytes: 50 });
    const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(response.status).toBe(502);
    expect((await response.json()).errorCode).toBe("UpstreamResponseTooLarge");
    expect(upstream.allBodiesSettled()).toBe(true);
    expect(events[0]).toMatchObject({
      outcome: "upstream-response-too-large",
      upstreamStatus: 200,
    });
  });

  it("reads every upstream body to the end, whatever the status", async () => {
    const statuses = [200, 202, 400, 404, 409, 422, 429, 500, 503];
    let index = 0;
    const upstream = recordingUpstream(() => ({
      status: statuses[index++]!,
      headers: { "content-type": "application/json" },
      body: '{"errorCode":"X","message":"m","errors":[]}',
    }));
    const { proxy } = setup(upstream.fetch);
    for (const status of statuses) {
      const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
      expect(response.status).toBe(status);
    }
    expect(upstream.bodyCount()).toBe(statuses.length);
    expect(upstream.allBodiesSettled()).toBe(true);
  });

  it("passes a 204 through without a body", async () => {
    const upstream = recordingUpstream(() => ({ status: 204 }));
    const { proxy } = setup(upstream.fetch);
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, { method: "DELETE" }),
    );
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it("keeps answering when the logging hook throws", async () => {
    const upstream = recordingUpstream();
    const proxy = createOrdersProxy({
      baseUrl: upstreamBase,
      apiKey: canaryKey,
      fetch: upstream.fetch,
      onRequest: () => {
        throw new Error("logger down");
      },
    });
    expect((await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`))).status).toBe(200);
  });

  it("reports the duration with the injected clock", async () => {
    let now = 1000;
    const upstream = recordingUpstream(() => {
      now += 25;
      return { body: "{}" };
    });
    const events: OrdersProxyEvent[] = [];
    const proxy = createOrdersProxy({
      baseUrl: upstreamBase,
      apiKey: canaryKey,
      fetch: upstream.fetch,
      now: () => now,
      onRequest: (event) => events.push(event),
    });
    await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1?contactId=c-secret`));
    expect(events[0]).toEqual({
      method: "GET",
      path: "/api/v3/orders/A-1",
      route: "getOrder",
      outcome: "forwarded",
      status: 200,
      upstreamStatus: 200,
      durationMs: 25,
      redacted: false,
    });
  });
});
