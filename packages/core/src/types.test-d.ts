import { describe, expectTypeOf, it } from "vitest";
import {
  createOrder,
  type LineItem,
  type Order,
  type OrdersClient,
  type OrderV2,
  registerOrderV2,
  replaceOrder,
  type StoredOrder,
} from "./index.ts";

declare const client: OrdersClient;

describe("readonly inputs", () => {
  it("accepts an `as const` order with readonly line items and references", () => {
    const order = {
      orderId: "o-1",
      references: ["basket-77"],
      contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
      lineItems: {
        items: [{ quantity: 1, article: { sku: "A-1" }, totalPrice: 100 }],
        subTotal: 100,
      },
    } as const;
    createOrder(client, order);
    replaceOrder(client, order);
    const items: readonly LineItem[] = order.lineItems.items;
    expectTypeOf(items).toEqualTypeOf<readonly LineItem[]>();
  });

  it("accepts a readonly v2 item list", () => {
    const items = [
      { type: "PURCHASE", sku: "A-1", quantity: 1, grossPaidPrice: 10, description: "A" },
    ] as const;
    const order: OrderV2 = {
      contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
      orderNumber: "1001",
      orderStatus: "Shipped",
      paymentStatus: "Paid",
      createdDate: "2025-01-01T00:00:00Z",
      storeId: "web",
      currency: "SEK",
      totalGrossPrice: 10,
      items,
    };
    registerOrderV2(client, order);
  });

  it("keeps answers mutable: a stored order's arrays are plain arrays", () => {
    expectTypeOf<NonNullable<StoredOrder["lineItems"]>["items"]>().toEqualTypeOf<LineItem[]>();
    expectTypeOf<StoredOrder["references"]>().toEqualTypeOf<string[] | undefined>();
    // A stored order can be sent back as it is (replace it).
    expectTypeOf<StoredOrder>().toMatchTypeOf<Order>();
  });

  it("still refuses wrong shapes", () => {
    // @ts-expect-error quantity must be a number
    createOrder(client, { orderId: "o-1", lineItems: { items: [{ quantity: "1" }] } } as const);
  });
});
