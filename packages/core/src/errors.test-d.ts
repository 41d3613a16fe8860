import { describe, expectTypeOf, it } from "vitest";
import {
  type AnyEngageError,
  type EngageErrorCode,
  type GenericEngageError,
  isEngageError,
  type JobHandle,
  JobTimeoutError,
  RateLimitedError,
  VersionTagMismatchError,
} from "./index.ts";

describe("error types", () => {
  it("gives each class a literal code", () => {
    expectTypeOf(new JobTimeoutError("x").code).toEqualTypeOf<"JOB_TIMEOUT">();
    expectTypeOf(new RateLimitedError("x").code).toEqualTypeOf<"RATE_LIMITED">();
    expectTypeOf<AnyEngageError["code"]>().toEqualTypeOf<EngageErrorCode>();
  });

  it("makes the handle readonly", () => {
    const error = new JobTimeoutError("x");
    expectTypeOf(error.handle).toEqualTypeOf<JobHandle>();
    const other: JobHandle = { ...error.handle, jobId: "j-2" };
    // @ts-expect-error the handle is set in the constructor only
    error.handle = other;
  });

  it("narrows by code after isEngageError", () => {
    const value: unknown = new VersionTagMismatchError("x");
    if (isEngageError(value)) {
      expectTypeOf(value).toEqualTypeOf<AnyEngageError>();
      switch (value.code) {
        case "VERSION_TAG_MISMATCH":
          expectTypeOf(value).toEqualTypeOf<VersionTagMismatchError>();
          break;
        case "JOB_TIMEOUT":
          expectTypeOf(value).toEqualTypeOf<JobTimeoutError>();
          expectTypeOf(value.handle).toEqualTypeOf<JobHandle>();
          break;
        case "ENGAGE_ERROR":
          expectTypeOf(value).toEqualTypeOf<GenericEngageError>();
          break;
      }
    }
  });
});
