import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { documentedChangeDelivery } from "../test/examples.ts";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { ChangeDeliveryRequestSchema } from "./ChangeDeliveryRequestSchema.ts";

const lastChangedAt = "2025-12-04T09:00:00+01:00";

describe("ChangeDeliveryRequestSchema", () => {
  it("parses a body with every documented field unchanged", () => {
    expect(parse(ChangeDeliveryRequestSchema, documentedChangeDelivery)).toEqual(
      documentedChangeDelivery,
    );
  });

  it.each([
    { method: "Postnord" },
    { trackingNumber: "1" },
    { trackingUri: "https://t.example/1" },
    { deliveryDate: "2025-12-10T12:00:00Z" },
  ])("accepts a change of only %j", (change) => {
    expect(fieldErrorsOf(ChangeDeliveryRequestSchema, { ...change, lastChangedAt })).toEqual([]);
  });

  it.each([
    [
      "a body that changes nothing",
      { lastChangedAt },
      [
        {
          field: "method",
          message:
            "is required when nothing else changes: give method, trackingNumber, trackingUri or deliveryDate",
        },
      ],
    ],
    [
      "a deliveryDate with a time zone name instead of an offset",
      { deliveryDate: "2025-12-10T12:00:00 CET", lastChangedAt },
      [
        {
          field: "deliveryDate",
          message:
            'must be an ISO 8601 date with a UTC offset, e.g. 2025-12-03T15:15:19+01:00 (received "2025-12-10T12:00:00 CET")',
        },
      ],
    ],
    [
      "a body without lastChangedAt",
      { method: "DHL" },
      [{ field: "lastChangedAt", message: "lastChangedAt is required" }],
    ],
  ])("rejects %s", (_, input, expected) => {
    expect(fieldErrorsOf(ChangeDeliveryRequestSchema, input)).toEqual(expected);
  });
});
