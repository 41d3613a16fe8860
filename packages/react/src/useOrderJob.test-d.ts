import type { CompletedJob, EngageError, Job, JobHandle, JobStatus } from "@engage-orders/core";
import { type JobTimelineEntry, useOrderJob } from "@engage-orders/react";
import { describe, expectTypeOf, it } from "vitest";

declare const handle: JobHandle;

describe("useOrderJob types", () => {
  it("returns the status, versionTag, typed error and timeline", () => {
    const job = useOrderJob(handle);
    expectTypeOf(job.status).toEqualTypeOf<JobStatus | undefined>();
    expectTypeOf(job.versionTag).toEqualTypeOf<string | undefined>();
    expectTypeOf(job.error).toEqualTypeOf<EngageError | undefined>();
    expectTypeOf(job.job).toEqualTypeOf<Job | undefined>();
    expectTypeOf(job.timeline).toEqualTypeOf<JobTimelineEntry[]>();
    expectTypeOf(job.isDone).toEqualTypeOf<boolean>();
    expectTypeOf(job.retry).toEqualTypeOf<() => void>();
  });

  it("takes a handle, a job id or nothing, and typed callbacks", () => {
    useOrderJob("job-1", { operation: "delete", timeoutMs: 30_000 });
    useOrderJob(null);
    useOrderJob(undefined);
    useOrderJob(handle, {
      onCompleted: (job) => expectTypeOf(job).toEqualTypeOf<CompletedJob>(),
      onFailed: (error) => expectTypeOf(error).toEqualTypeOf<EngageError>(),
    });
    // @ts-expect-error: a job is a handle or an id
    useOrderJob(42);
    // @ts-expect-error: unknown operations are refused
    useOrderJob("job-1", { operation: "archive" });
  });
});
