import { describe, expect, it } from "vitest";
import { json, KEY, setup } from "../test/fake.ts";
import { internalsOf } from "./clientInternals.ts";
import { fetchAttempt } from "./fetchAttempt.ts";

describe("fetchAttempt", () => {
  it("returns the answer with its body read and the key redacted", async () => {
    const { client, sent } = setup([json(400, { message: `echo ${KEY}` })]);
    const outcome = await fetchAttempt(
      internalsOf(client),
      { requestId: "r-1", attempt: 1, method: "POST", path: "/api/v3/orders" },
      '{"a":1}',
      undefined,
    );
    expect(outcome.response?.status).toBe(400);
    expect(outcome.response && outcome.text).toBe('{"message":"echo [redacted]"}');
    expect(sent[0]).toMatchObject({ method: "POST", path: "/api/v3/orders", body: { a: 1 } });
  });

  it("returns a failure as network, and an attempt its own timeout ended as timeout", async () => {
    const refused = setup([new TypeError("fetch failed")]);
    const failed = await fetchAttempt(
      internalsOf(refused.client),
      { requestId: "r-1", attempt: 1, method: "GET", path: "/api/v3/orders/o" },
      undefined,
      undefined,
    );
    expect(failed).toMatchObject({ response: undefined, reason: "network" });

    const hanging = setup([], {
      timeoutMs: 5,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
        ),
    });
    const timedOut = await fetchAttempt(
      internalsOf(hanging.client),
      { requestId: "r-1", attempt: 1, method: "GET", path: "/api/v3/orders/o" },
      undefined,
      undefined,
    );
    expect(timedOut).toMatchObject({ response: undefined, reason: "timeout" });
  });

  it("rejects with the caller's reason when the caller aborts", async () => {
    const controller = new AbortController();
    const { client } = setup([], {
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener("abort", () => reject(init.signal?.reason));
          controller.abort(new Error("stop"));
        }),
    });
    await expect(
      fetchAttempt(
        internalsOf(client),
        { requestId: "r-1", attempt: 1, method: "GET", path: "/api/v3/orders/o" },
        undefined,
        controller.signal,
      ),
    ).rejects.toThrow("stop");
  });
});
