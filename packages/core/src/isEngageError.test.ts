import { describe, expect, it } from "vitest";
import { EngageError, JobTimeoutError, RateLimitedError } from "./errors.ts";
import { isEngageError } from "./isEngageError.ts";

describe("isEngageError", () => {
  it("recognises every error the client throws", () => {
    expect(isEngageError(new EngageError("x"))).toBe(true);
    expect(isEngageError(new RateLimitedError("x"))).toBe(true);
  });

  it("recognises one from another copy of the package by its code and attempts", () => {
    const foreign = Object.assign(new Error("late"), { code: "JOB_TIMEOUT", attempts: [] });
    expect(isEngageError(foreign)).toBe(true);
  });

  it("refuses anything else", () => {
    expect(isEngageError(new Error("x"))).toBe(false);
    expect(isEngageError(Object.assign(new Error("x"), { code: "ECONNRESET", attempts: [] }))).toBe(
      false,
    );
    expect(isEngageError(Object.assign(new Error("x"), { code: "NETWORK" }))).toBe(false);
    expect(isEngageError({ code: "NETWORK", attempts: [] })).toBe(false);
    expect(isEngageError(null)).toBe(false);
    expect(isEngageError("NETWORK")).toBe(false);
  });

  it("lets a switch on code reach each class's own fields", () => {
    const errors: unknown[] = [
      new RateLimitedError("slow", { retryAfterMs: 2000 }),
      new JobTimeoutError("late", {
        handle: { jobId: "j", pollUrl: "/p", orderId: "o", operation: "create", startedAt: "" },
      }),
    ];
    const seen = errors.map((error) => {
      if (!isEngageError(error)) return "other";
      switch (error.code) {
        case "RATE_LIMITED":
          return `wait ${error.retryAfterMs}`;
        case "JOB_TIMEOUT":
          return `resume ${error.handle.jobId}`;
        default:
          return error.code;
      }
    });
    expect(seen).toEqual(["wait 2000", "resume j"]);
  });
});
