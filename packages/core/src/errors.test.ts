import { describe, expect, it } from "vitest";
import {
  ContactMissingError,
  EngageError,
  JobFailedError,
  JobTimeoutError,
  MalformedResponseError,
  NetworkError,
  OrderAlreadyExistsError,
  OrderNotFoundError,
  OutcomeUnknownError,
  RateLimitedError,
  ValidationError,
  VersionTagMismatchError,
} from "./errors.ts";

const handle = {
  jobId: "j-1",
  pollUrl: "https://t.voyado.com/api/v3/orders/jobs/j-1",
  orderId: "o-1",
  operation: "create" as const,
  startedAt: "2025-01-01T00:00:00.000Z",
};

describe("error classes", () => {
  it.each([
    [EngageError, "EngageError", "ENGAGE_ERROR"],
    [ValidationError, "ValidationError", "VALIDATION"],
    [VersionTagMismatchError, "VersionTagMismatchError", "VERSION_TAG_MISMATCH"],
    [OrderNotFoundError, "OrderNotFoundError", "ORDER_NOT_FOUND"],
    [OrderAlreadyExistsError, "OrderAlreadyExistsError", "ORDER_ALREADY_EXISTS"],
    [ContactMissingError, "ContactMissingError", "CONTACT_MISSING"],
    [RateLimitedError, "RateLimitedError", "RATE_LIMITED"],
    [JobFailedError, "JobFailedError", "JOB_FAILED"],
    [JobTimeoutError, "JobTimeoutError", "JOB_TIMEOUT"],
    [NetworkError, "NetworkError", "NETWORK"],
    [OutcomeUnknownError, "OutcomeUnknownError", "OUTCOME_UNKNOWN"],
    [MalformedResponseError, "MalformedResponseError", "MALFORMED_RESPONSE"],
  ])("%o has its name and its own code", (ErrorClass, name, code) => {
    const error = new ErrorClass("message");
    expect(error).toBeInstanceOf(EngageError);
    expect(error).toMatchObject({ name, code, fieldErrors: [], attempts: [] });
  });

  it("takes the handle and the cause in the constructor", () => {
    const cause = new TypeError("fetch failed");
    const error = new JobTimeoutError("late", { handle, cause, orderId: "o-1" });
    expect(error.handle).toEqual(handle);
    expect(error.cause).toBe(cause);
    expect(error.orderId).toBe("o-1");
  });
});
