import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { documentedChangeStatus } from "../test/examples.ts";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { ChangeStatusRequestSchema } from "./ChangeStatusRequestSchema.ts";

const lastChangedAt = "2025-12-04T09:00:00+01:00";

describe("ChangeStatusRequestSchema", () => {
  it("parses a body with every documented field unchanged", () => {
    expect(parse(ChangeStatusRequestSchema, documentedChangeStatus)).toEqual(
      documentedChangeStatus,
    );
  });

  it("accepts a change of only the status or only the external status", () => {
    expect(
      fieldErrorsOf(ChangeStatusRequestSchema, { status: "Cancelled", lastChangedAt }),
    ).toEqual([]);
    expect(
      fieldErrorsOf(ChangeStatusRequestSchema, { externalStatus: "Reserved", lastChangedAt }),
    ).toEqual([]);
  });

  it.each([
    [
      "a body that changes nothing",
      { lastChangedAt },
      [
        {
          field: "status",
          message: "is required when externalStatus is absent: give status, externalStatus or both",
        },
      ],
    ],
    [
      "a missing lastChangedAt next to a wrong status",
      { status: "Done" },
      [
        {
          field: "status",
          message: 'must be one of "InProgress", "Completed", "Cancelled" (received "Done")',
        },
        { field: "lastChangedAt", message: "lastChangedAt is required" },
      ],
    ],
    [
      "a date-only lastChangedAt",
      { status: "Completed", lastChangedAt: "2025-12-04" },
      [
        {
          field: "lastChangedAt",
          message:
            'must be an ISO 8601 date with a UTC offset, e.g. 2025-12-03T15:15:19+01:00 (received "2025-12-04")',
        },
      ],
    ],
    [
      "an embedded action without a name",
      { status: "Completed", lastChangedAt, orderAction: { language: "en-US" } },
      [{ field: "orderAction.action", message: "action is required" }],
    ],
  ])("rejects %s", (_, input, expected) => {
    expect(fieldErrorsOf(ChangeStatusRequestSchema, input)).toEqual(expected);
  });
});
