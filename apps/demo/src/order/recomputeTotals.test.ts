import { describe, expect, it } from "vitest";
import { recomputeTotals } from "./recomputeTotals.ts";

describe("recomputeTotals", () => {
  it("sets each line's total to quantity × unit price and the sub-total to their sum", () => {
    const result = recomputeTotals({
      lineItems: {
        items: [
          { quantity: 3, pricePerUnit: 19.9, totalPrice: 0 },
          { quantity: 1, pricePerUnit: 0.1, totalPrice: 0 },
        ],
        subTotal: 0,
      },
    });
    expect(result.lineItems).toEqual({
      items: [
        { quantity: 3, pricePerUnit: 19.9, totalPrice: 59.7 },
        { quantity: 1, pricePerUnit: 0.1, totalPrice: 0.1 },
      ],
      subTotal: 59.8,
    });
  });

  it("keeps a line's own total without both numbers, and the sub-total when a total is missing", () => {
    const kept = recomputeTotals({
      lineItems: { items: [{ quantity: 2, totalPrice: 7 }], subTotal: 1 },
    });
    expect(kept.lineItems).toEqual({ items: [{ quantity: 2, totalPrice: 7 }], subTotal: 7 });
    const missing = recomputeTotals({ lineItems: { items: [{ pricePerUnit: 2 }], subTotal: 1 } });
    expect(missing.lineItems).toEqual({ items: [{ pricePerUnit: 2 }], subTotal: 1 });
  });

  it("leaves a document without line items alone", () => {
    const document = { orderId: "A" };
    expect(recomputeTotals(document)).toBe(document);
  });
});
