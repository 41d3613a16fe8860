import { describe, expect, it, vi } from "vitest";
import { createRequestLog, describeEvent } from "./requestLog.ts";

describe("createRequestLog", () => {
  it("keeps the newest entries first, up to its limit, and tells subscribers", () => {
    const log = createRequestLog(2);
    const listener = vi.fn();
    const unsubscribe = log.subscribe(listener);
    for (const status of [200, 503, 202]) {
      log.record({
        type: "request",
        requestId: "r-1",
        method: "POST",
        path: "/api/v3/orders",
        attempt: 1,
        status,
        durationMs: 3,
      });
    }
    expect(log.entries().map((entry) => describeEvent(entry.event))).toEqual([
      "POST /orders → 202",
      "POST /orders → 503",
    ]);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    log.record({
      type: "retry",
      requestId: "r-2",
      method: "GET",
      path: "/api/v3/orders/jobs/j",
      attempt: 1,
      delayMs: 240,
      reason: "503",
    });
    expect(listener).toHaveBeenCalledTimes(3);
    expect(describeEvent(log.entries()[0]!.event)).toBe("retry GET /orders/jobs/j in 240 ms (503)");
  });

  it("lists a request once, when it ends", () => {
    const log = createRequestLog();
    const request = { requestId: "r-3", method: "GET", path: "/api/v3/orders/A", attempt: 1 };
    log.record({ type: "request-start", ...request });
    log.record({ type: "request", ...request, status: 200, durationMs: 2 });
    expect(log.entries().map((entry) => describeEvent(entry.event))).toEqual([
      "GET /orders/A → 200",
    ]);
  });

  it("describes a network failure and a poll", () => {
    expect(
      describeEvent({
        type: "request",
        requestId: "r-1",
        method: "GET",
        path: "/api/v3/orders/A",
        attempt: 2,
        durationMs: 1,
        error: "NetworkError",
      }),
    ).toBe("GET /orders/A → NetworkError");
    expect(
      describeEvent({
        type: "poll",
        jobId: "j",
        orderId: "A",
        status: "Processing",
        polls: 2,
        elapsedMs: 300,
        delayMs: 100,
      }),
    ).toBe("job A: Processing after 2 poll(s)");
  });
});
