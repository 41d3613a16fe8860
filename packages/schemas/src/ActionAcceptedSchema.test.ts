import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { ActionAcceptedSchema } from "./ActionAcceptedSchema.ts";

describe("ActionAcceptedSchema", () => {
  it.each([{ orderId: "order-1", action: "ConfirmOrder", accepted: true }, {}])(
    "parses %j unchanged",
    (body) => {
      expect(parse(ActionAcceptedSchema, body)).toEqual(body);
    },
  );

  it("rejects accepted given as text", () => {
    expect(fieldErrorsOf(ActionAcceptedSchema, { accepted: "true" })).toEqual([
      { field: "accepted", message: 'must be true or false (received "true")' },
    ]);
  });
});
