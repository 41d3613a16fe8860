import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { OrderActionSchema } from "./OrderActionSchema.ts";

describe("OrderActionSchema", () => {
  it.each([
    "ConfirmOrder",
    "ConfirmShipment",
    "ConfirmDelivery",
    "ConfirmCancellation",
    "ConfirmCompletion",
    "Custom",
  ])("accepts the documented action %s", (action) => {
    const body = { action, language: "sv-SE", data: { list: ["a", "b"] } };
    expect(parse(OrderActionSchema, body)).toEqual(body);
  });

  it("accepts free data of any JSON shape", () => {
    expect(fieldErrorsOf(OrderActionSchema, { action: "Custom", data: "note" })).toEqual([]);
  });

  it.each([
    [{}, [{ field: "action", message: "action is required" }]],
    [
      { action: "confirmOrder" },
      [
        {
          field: "action",
          message:
            'must be one of "ConfirmOrder", "ConfirmShipment", "ConfirmDelivery", "ConfirmCancellation", "ConfirmCompletion", "Custom" (received "confirmOrder")',
        },
      ],
    ],
    [
      { action: "Custom", language: 1 },
      [{ field: "language", message: "must be a string (received 1)" }],
    ],
  ])("rejects %j", (input, expected) => {
    expect(fieldErrorsOf(OrderActionSchema, input)).toEqual(expected);
  });
});
