import { describe, expect, test } from "vitest";
import { sameOrder } from "./sameOrder.ts";

const sent = {
  orderId: "A-1",
  createdAt: "2026-12-04T15:15:19+01:00",
  lineItems: {
    items: [{ quantity: 1, article: { sku: "SKU-1" }, totalPrice: 100 }],
    subTotal: 100,
  },
};

describe("sameOrder", () => {
  test("accepts the stored copy of what was sent, with fields Engage added and dates rewritten", () => {
    const stored = {
      ...sent,
      versionTag: "v1",
      createdAt: "2026-12-04T14:15:19.000Z",
      lineItems: { ...sent.lineItems, currency: "SEK" },
    };
    expect(sameOrder(sent, stored)).toBe(true);
  });

  test("ignores a field Engage dropped", () => {
    const { createdAt: _dropped, ...stored } = sent;
    expect(sameOrder(sent, stored)).toBe(true);
  });

  test("refuses another order: a different value, instant, or line item", () => {
    expect(sameOrder(sent, { ...sent, createdAt: "2026-12-04T15:15:19Z" })).toBe(false);
    expect(sameOrder(sent, { ...sent, lineItems: { ...sent.lineItems, subTotal: 90 } })).toBe(
      false,
    );
    const twoLines = {
      ...sent.lineItems,
      items: [...sent.lineItems.items, sent.lineItems.items[0]],
    };
    expect(sameOrder(sent, { ...sent, lineItems: twoLines })).toBe(false);
    expect(sameOrder(sent, { ...sent, lineItems: "none" })).toBe(false);
  });
});
