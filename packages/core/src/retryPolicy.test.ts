import { describe, expect, it } from "vitest";
import { setup } from "../test/fake.ts";
import { internalsOf } from "./clientInternals.ts";
import {
  backoffDelayMs,
  isRetryable,
  mayHaveBeenProcessed,
  mayRetry,
  resentAfterUnclearAttempt,
  retryAfterMs,
} from "./retryPolicy.ts";

describe("retryAfterMs", () => {
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
    expect(retryAfterMs(value, now)).toBe(expected);
  });
});

describe("mayHaveBeenProcessed", () => {
  it.each([
    [undefined, true],
    [500, true],
    [502, true],
    [504, true],
    [503, false],
    [429, false],
    [400, false],
    [0, false],
  ])("status %j → %j", (status, expected) => {
    expect(mayHaveBeenProcessed({ status, reason: `${status}`, delayMs: 0 })).toBe(expected);
  });

  it("resentAfterUnclearAttempt looks only at the attempts before the last", () => {
    const attempt = (status?: number) => ({ status, reason: "", delayMs: 0 });
    expect(resentAfterUnclearAttempt([attempt(502)])).toBe(false);
    expect(resentAfterUnclearAttempt([attempt(), attempt(409)])).toBe(true);
    expect(resentAfterUnclearAttempt([attempt(503), attempt(409)])).toBe(false);
  });
});

describe("isRetryable", () => {
  it.each([
    [429, true, true],
    [503, true, true],
    [502, true, false],
    [undefined, true, false],
    [502, false, true],
    [undefined, false, true],
    [500, false, true],
    [404, false, false],
    [400, false, false],
  ])("status %j, once %j → %j", (status, once, expected) => {
    expect(isRetryable(status, once)).toBe(expected);
  });
});

describe("backoffDelayMs and mayRetry", () => {
  const { client: ordersClient, clock } = setup([], {
    retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, budget: 2 },
  });
  const client = internalsOf(ordersClient);

  it("jitters the doubling backoff, waits at least Retry-After, at most maxDelayMs", () => {
    // random() is 0.5 in the fake client.
    expect(backoffDelayMs(client, 1, undefined)).toBe(100);
    expect(backoffDelayMs(client, 2, undefined)).toBe(200);
    expect(backoffDelayMs(client, 2, 700)).toBe(700);
    expect(backoffDelayMs(client, 2, 9000)).toBe(1000);
    expect(backoffDelayMs(client, 10, undefined)).toBe(1000);
  });

  it("allows a retry while attempts, budget and the deadline allow it", () => {
    expect(mayRetry(client, 1, 100, undefined)).toBe(true);
    expect(mayRetry(client, 3, 100, undefined)).toBe(false);
    expect(mayRetry(client, 1, 100, clock.t + 101)).toBe(true);
    expect(mayRetry(client, 1, 100, clock.t + 100)).toBe(false);
    client.tokens = 0.5;
    expect(mayRetry(client, 1, 100, undefined)).toBe(false);
  });
});
