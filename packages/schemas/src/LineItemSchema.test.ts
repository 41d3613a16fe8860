import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { documentedOrder } from "../test/examples.ts";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { LineItemSchema } from "./LineItemSchema.ts";

describe("LineItemSchema", () => {
  it("parses both documented line items unchanged", () => {
    for (const item of documentedOrder.lineItems.items) {
      expect(parse(LineItemSchema, item)).toEqual(item);
    }
  });

  it("leaves type absent when absent (Engage reads it as Purchase)", () => {
    const item = { quantity: 1, article: { sku: "X" }, totalPrice: 5 };
    expect(parse(LineItemSchema, item)).toEqual(item);
  });

  it.each([
    [
      "an empty object",
      {},
      [
        { field: "quantity", message: "quantity is required" },
        { field: "article", message: "article is required" },
        { field: "totalPrice", message: "totalPrice is required" },
      ],
    ],
    [
      "an article without sku and a non-numeric price",
      { quantity: 1, article: { name: "Shoe" }, totalPrice: null, pricePerUnit: "9.90" },
      [
        { field: "article.sku", message: "sku is required" },
        { field: "pricePerUnit", message: 'must be a number (received "9.90")' },
        { field: "totalPrice", message: "must be a number (received null)" },
      ],
    ],
    [
      "a quantity that is not a number, taxes given as a number and group as a list",
      { quantity: Number.NaN, article: { sku: "X" }, totalPrice: 1, taxes: 25, group: [1] },
      [
        { field: "quantity", message: "must be a number (received NaN)" },
        { field: "taxes", message: "must be an object or a list of objects (received 25)" },
        { field: "group", message: "must be an object (received Array)" },
      ],
    ],
    [
      "a return with an unknown return type",
      {
        type: "Return",
        quantity: 1,
        article: { sku: "X" },
        totalPrice: 1,
        returnDetails: { type: "Broken" },
      },
      [
        {
          field: "returnDetails.type",
          message: 'must be one of "Normal", "Complaint", "Change" (received "Broken")',
        },
      ],
    ],
  ])("rejects %s at the right fields", (_, input, expected) => {
    expect(fieldErrorsOf(LineItemSchema, input)).toEqual(expected);
  });

  it("accepts a return reason of exactly 255 characters", () => {
    const item = {
      type: "Return",
      quantity: 1,
      article: { sku: "X" },
      totalPrice: 1,
      returnDetails: { type: "Complaint", reason: "x".repeat(255) },
    };
    expect(fieldErrorsOf(LineItemSchema, item)).toEqual([]);
  });
});
