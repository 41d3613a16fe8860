import { describe, expectTypeOf, it } from "vitest";
import type { AcceptedJob } from "./AcceptedJobSchema.ts";
import type { ContactOrdersPage, PageLinks } from "./ContactOrdersPageSchema.ts";
import type { ErrorBody } from "./ErrorBodySchema.ts";
import type { ErrorCode } from "./ErrorCode.ts";
import type { JobState } from "./JobState.ts";
import type { JobStatus } from "./JobStatusSchema.ts";
import type { ProblemDetails } from "./ProblemDetailsSchema.ts";
import type { StoredLineItem } from "./StoredLineItemSchema.ts";
import type { StoredOrder, StoredOrderSchema } from "./StoredOrderSchema.ts";

describe("response types", () => {
  it("offers known enum values while accepting any string", () => {
    expectTypeOf<StoredOrder["status"]>().toEqualTypeOf<
      "InProgress" | "Completed" | "Cancelled" | (string & {})
    >();
    expectTypeOf<"OnHold">().toExtend<StoredOrder["status"]>();
    expectTypeOf<JobStatus["status"]>().toEqualTypeOf<JobState>();
    expectTypeOf<"Completed">().toExtend<JobState>();
    expectTypeOf<"Queued">().toExtend<JobState>();
    expectTypeOf<StoredLineItem["type"]>().toEqualTypeOf<
      "Purchase" | "Return" | (string & {}) | null | undefined
    >();
  });

  it("types optional response fields as absent or null", () => {
    expectTypeOf<StoredOrder["versionTag"]>().toEqualTypeOf<string>();
    expectTypeOf<StoredOrder["externalStatus"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<JobStatus["versionTag"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<JobStatus["errorCode"]>().toEqualTypeOf<ErrorCode | null | undefined>();
    expectTypeOf<AcceptedJob["jobId"]>().toEqualTypeOf<string>();
    expectTypeOf<AcceptedJob["href"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ProblemDetails["status"]>().toEqualTypeOf<number | null | undefined>();
  });

  it("keeps unknown keys, typed unknown", () => {
    expectTypeOf<StoredOrder["loyaltyPoints"]>().toEqualTypeOf<unknown>();
    expectTypeOf<ProblemDetails["balance"]>().toEqualTypeOf<unknown>();
  });

  it("types the page links in both accepted shapes", () => {
    expectTypeOf<ContactOrdersPage["links"]>().toEqualTypeOf<PageLinks | null | undefined>();
    expectTypeOf<ContactOrdersPage["items"]>().toEqualTypeOf<StoredOrder[]>();
    expectTypeOf<{ rel: "next"; href: string }[]>().toExtend<PageLinks>();
    expectTypeOf<{ next: string; previous: null }>().toExtend<PageLinks>();
  });

  it("types the error body entries", () => {
    expectTypeOf<NonNullable<ErrorBody["errors"]>[number]["message"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<ErrorBody["errors"]>[number]["field"]>().toEqualTypeOf<
      string | null | undefined
    >();
  });

  it("exposes the output type through the Standard Schema interface", () => {
    type Standard = (typeof StoredOrderSchema)["~standard"];
    expectTypeOf<NonNullable<Standard["types"]>["output"]>().toEqualTypeOf<StoredOrder>();
    expectTypeOf<Standard["version"]>().toEqualTypeOf<1>();
  });
});
