import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { AcceptedJobSchema } from "./AcceptedJobSchema.ts";

describe("AcceptedJobSchema", () => {
  it.each([
    {
      jobId: "6f1c",
      status: "Pending",
      orderId: "order-1",
      href: "https://acme.voyado.com/api/v3/orders/jobs/6f1c",
    },
    { jobId: "6f1c" },
    { jobId: "6f1c", status: "Accepted", href: null, traceId: "abc" },
  ])("parses %j unchanged", (body) => {
    expect(parse(AcceptedJobSchema, body)).toEqual(body);
  });

  it("rejects a body without jobId", () => {
    expect(fieldErrorsOf(AcceptedJobSchema, { status: "Pending" })).toEqual([
      { field: "jobId", message: "jobId is required" },
    ]);
  });
});
