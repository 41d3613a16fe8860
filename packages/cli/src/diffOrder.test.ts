import { describe, expect, it } from "vitest";
import { diffOrder, isSameOrder } from "./diffOrder.ts";

describe("diffOrder", () => {
  const sent = {
    orderId: "o-1",
    createdAt: "2025-12-03T15:15:19+01:00",
    lineItems: { items: [{ quantity: 2, article: { sku: "A" } }] },
  };

  it("ignores fields Engage adds and compares dates as instants", () => {
    const stored = { ...sent, versionTag: "v1", createdAt: "2025-12-03T14:15:19.000Z", extra: 1 };
    expect(diffOrder(sent, stored)).toEqual([]);
  });

  it("lists each differing field by its path: changed, absent, extra array elements", () => {
    const stored = {
      orderId: "o-1",
      createdAt: "2025-12-03T15:15:20+01:00",
      lineItems: { items: [{ quantity: 3, article: {} }, { quantity: 1 }] },
    };
    expect(diffOrder(sent, stored)).toEqual([
      { field: "createdAt", kind: "changed", expected: sent.createdAt, actual: stored.createdAt },
      { field: "lineItems.items.0.quantity", kind: "changed", expected: 2, actual: 3 },
      { field: "lineItems.items.0.article.sku", kind: "absent", expected: "A" },
      { field: "lineItems.items.1", kind: "extra", actual: { quantity: 1 } },
    ]);
  });

  it("treats an order as ours when nothing disagrees (dropped fields allowed)", () => {
    expect(isSameOrder(sent, { orderId: "o-1", versionTag: "v" })).toBe(true);
    expect(isSameOrder(sent, { ...sent, orderId: "o-2" })).toBe(false);
  });
});
