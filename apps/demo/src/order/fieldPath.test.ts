import { describe, expect, it } from "vitest";
import { getAt, setAt } from "./fieldPath.ts";

describe("getAt and setAt", () => {
  const document = { contact: { matchKey: "a@b.se" }, lineItems: { items: [{ quantity: 1 }] } };

  it("read dotted paths through objects and arrays", () => {
    expect(getAt(document, "contact.matchKey")).toBe("a@b.se");
    expect(getAt(document, "lineItems.items.0.quantity")).toBe(1);
    expect(getAt(document, "lineItems.items.3.quantity")).toBeUndefined();
    expect(getAt(document, "contact.matchKey.length")).toBeUndefined();
  });

  it("write a copy, leaving the original untouched", () => {
    const next = setAt(document, "lineItems.items.0.quantity", 4);
    expect(next.lineItems.items[0]).toEqual({ quantity: 4 });
    expect(Array.isArray(next.lineItems.items)).toBe(true);
    expect(document.lineItems.items[0]).toEqual({ quantity: 1 });
    expect(next.contact).toBe(document.contact);
  });

  it("create missing objects and remove a key set to undefined", () => {
    expect(setAt({}, "delivery.method", "Home")).toEqual({ delivery: { method: "Home" } });
    expect(setAt(document, "contact.matchKey", undefined).contact).toEqual({});
  });
});
