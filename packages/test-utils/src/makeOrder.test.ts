import { OrderRequestSchema } from "@engage-orders/schemas";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { CONTACT_EMAIL, contactFor, makeOrder } from "./makeOrder.ts";

describe("makeOrder", () => {
  it("is a valid v3 order by the shared schema, for the seeded contact", () => {
    const order = makeOrder("o-1");
    const result = v.safeParse(OrderRequestSchema, order);
    expect(result.issues).toBeUndefined();
    expect(order.contact.matchKey).toBe(CONTACT_EMAIL);
  });

  it("takes overrides for top-level fields, and stays valid with another contact", () => {
    const order = makeOrder("o-2", { contact: contactFor("bo@example.com"), note: "gift" });
    expect(order).toMatchObject({ orderId: "o-2", note: "gift" });
    expect(order.contact.matchKey).toBe("bo@example.com");
    expect(v.safeParse(OrderRequestSchema, order).success).toBe(true);
  });

  it("makes a fresh object each time, so a test that edits one leaves the next alone", () => {
    const first = makeOrder("o-3");
    first.lineItems.items.push({ quantity: 1, article: { sku: "SKU-2" }, totalPrice: 1 });
    expect(makeOrder("o-3").lineItems.items).toHaveLength(1);
  });
});
