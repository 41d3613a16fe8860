// How the recommended caller code decides that a stored order is the one it sent.
import { describe, expect, it } from "vitest";
import { sameContent } from "../src/recommended/sameContent";

const sent = {
  orderId: "o-1",
  createdAt: "2025-12-03T15:15:19+01:00",
  lineItems: { items: [{ quantity: 1, article: { sku: "A" }, totalPrice: 10 }], subTotal: 10 },
};

describe("sameContent", () => {
  it("accepts the stored order with server-added fields and a rewritten date format", () => {
    const stored = { ...sent, createdAt: "2025-12-03T14:15:19Z", versionTag: "v1" };
    expect(sameContent(sent, stored)).toBe(true);
  });

  it("refuses an order that differs anywhere, nested fields and list lengths included", () => {
    const item = sent.lineItems.items[0];
    expect(sameContent(sent, { ...sent, createdAt: "2025-12-03T15:15:20+01:00" })).toBe(false);
    expect(sameContent(sent, { ...sent, lineItems: { ...sent.lineItems, subTotal: 11 } })).toBe(
      false,
    );
    expect(
      sameContent(sent, {
        ...sent,
        lineItems: { items: [{ ...item, article: { sku: "B" } }], subTotal: 10 },
      }),
    ).toBe(false);
    expect(sameContent(sent, { ...sent, lineItems: { items: [item, item], subTotal: 10 } })).toBe(
      false,
    );
    expect(sameContent(sent, { orderId: "o-1" })).toBe(false);
  });
});
