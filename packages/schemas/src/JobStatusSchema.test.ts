import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { JobStatusSchema } from "./JobStatusSchema.ts";

describe("JobStatusSchema", () => {
  it.each([
    {
      jobId: "job-1",
      orderId: "order-1764771379",
      status: "Completed",
      versionTag: "IXUA3ril8XnZJKUMSfP7dg==",
      createdAt: "2025-12-03T15:15:20+01:00",
      completedAt: "2025-12-03T15:15:22+01:00",
    },
    { jobId: "job-2", orderId: "o", status: "Pending", createdAt: "2025-12-03T15:15:20Z" },
    {
      jobId: "job-3",
      orderId: "o",
      status: "Failed",
      errorCode: "OrderAlreadyExists",
      errors: [{ message: "Order already exists" }],
      createdAt: "2025-12-03T15:15:20Z",
      completedAt: "2025-12-03T15:15:21Z",
    },
    {
      jobId: "job-4",
      orderId: "o",
      status: "CompletedWithErrors",
      errorCode: "ContactNotFound",
      errors: [{ field: "contact.matchKey", message: "Contact is missing" }],
      createdAt: "2025-12-03T15:15:20Z",
      versionTag: null,
    },
    { jobId: "job-5", status: "Queued", priority: "high" },
  ])("parses the job %j unchanged", (job) => {
    expect(parse(JobStatusSchema, job)).toEqual(job);
  });

  it.each([
    [
      {},
      [
        { field: "jobId", message: "jobId is required" },
        { field: "status", message: "status is required" },
      ],
    ],
    [{ jobId: "j", status: 3 }, [{ field: "status", message: "must be a string (received 3)" }]],
    [
      { jobId: "j", status: "Failed", errors: [{ field: "orderId" }] },
      [{ field: "errors.0.message", message: "message is required" }],
    ],
  ])("rejects %j", (input, expected) => {
    expect(fieldErrorsOf(JobStatusSchema, input)).toEqual(expected);
  });
});
