import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { storedOrder } from "../test/examples.ts";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { StoredOrderSchema } from "./StoredOrderSchema.ts";

describe("StoredOrderSchema", () => {
  it("parses a stored order unchanged", () => {
    expect(parse(StoredOrderSchema, storedOrder)).toEqual(storedOrder);
  });

  it("accepts null optional fields, unknown enum values, new keys and any date text", () => {
    const answer = {
      ...storedOrder,
      status: "OnHold",
      externalStoreId: null,
      delivery: null,
      references: null,
      lastChangedAt: "2025-12-03 15:16",
      contact: { matchKey: "46701234567", matchKeyType: "mobilePhone" },
      loyaltyPoints: 12,
      payments: [{ type: "card", amount: 10 }],
      fees: null,
      lineItems: {
        subTotal: 10,
        items: [
          {
            type: "Exchange",
            quantity: 1,
            totalPrice: 10,
            pricePerUnit: null,
            article: { sku: "X", name: null },
            returnDetails: { type: "Damaged", reason: null },
          },
        ],
      },
    };
    expect(parse(StoredOrderSchema, answer)).toEqual(answer);
  });

  it.each([
    [
      "an order without versionTag",
      { ...storedOrder, versionTag: undefined },
      [{ field: "versionTag", message: "is required" }],
    ],
    [
      "an order without the versionTag key",
      (({ versionTag: _, ...rest }) => rest)(storedOrder),
      [{ field: "versionTag", message: "versionTag is required" }],
    ],
    [
      "an order whose line items are missing",
      { orderId: "1", versionTag: "v", contact: { matchKey: "a", matchKeyType: "Email" } },
      [
        { field: "status", message: "status is required" },
        { field: "currencyCode", message: "currencyCode is required" },
        { field: "createdAt", message: "createdAt is required" },
        { field: "lineItems", message: "lineItems is required" },
      ],
    ],
    [
      "a quantity sent as text",
      {
        ...storedOrder,
        lineItems: {
          subTotal: 1,
          items: [{ quantity: "1", totalPrice: 1, article: { sku: "X" } }],
        },
      },
      [{ field: "lineItems.items.0.quantity", message: 'must be a number (received "1")' }],
    ],
  ])("rejects %s", (_, input, expected) => {
    expect(fieldErrorsOf(StoredOrderSchema, input)).toEqual(expected);
  });
});
