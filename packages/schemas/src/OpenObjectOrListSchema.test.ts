import { safeParse } from "valibot";
import { describe, expect, test } from "vitest";
import { OpenObjectOrListSchema } from "./OpenObjectOrListSchema.ts";
import { OrderRequestSchema } from "./OrderRequestSchema.ts";
import { toFieldErrors } from "./toFieldErrors.ts";

describe("OpenObjectOrListSchema", () => {
  test.each([
    ["one object", { type: "Card", amount: 598 }],
    [
      "a list of objects",
      [
        { type: "Card", amount: 500 },
        { type: "GiftCard", amount: 98 },
      ],
    ],
    ["an empty list", []],
  ])("accepts %s and keeps it as sent", (_, value) => {
    const result = safeParse(OpenObjectOrListSchema, value);
    expect(result.success).toBe(true);
    expect(result.output).toEqual(value);
  });

  test.each([
    ["a string", "card", 'must be an object or a list of objects (received "card")'],
    ["a number", 25, "must be an object or a list of objects (received 25)"],
    ["null", null, "must be an object or a list of objects (received null)"],
    [
      "a list with a string in it",
      [{ type: "Card" }, "cash"],
      "must be an object or a list of objects (received Array)",
    ],
  ])("refuses %s", (_, value, message) => {
    const result = safeParse(OpenObjectOrListSchema, value);
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.issues ?? [])).toEqual([{ field: "", message }]);
  });
});

test("an order keeps payments, fees and discounts sent as lists", () => {
  const order = {
    orderId: "A-1",
    contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
    status: "InProgress",
    currencyCode: "SEK",
    createdAt: "2025-12-03T15:15:19+01:00",
    lineItems: {
      items: [
        {
          quantity: 1,
          article: { sku: "SKU-1" },
          totalPrice: 100,
          taxes: [{ percent: 25, amount: 20 }],
        },
      ],
      subTotal: 100,
    },
    payments: [{ type: "Card", amount: 100 }],
    fees: [{ type: "Shipping", amount: 0 }],
    discounts: [],
  };
  const result = safeParse(OrderRequestSchema, order);
  expect(result.success).toBe(true);
  expect(result.output).toEqual(order);
});
