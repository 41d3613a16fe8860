import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { documentedOrder } from "../test/examples.ts";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { OrderRequestSchema } from "./OrderRequestSchema.ts";

type Order = typeof documentedOrder;
type Item = Order["lineItems"]["items"][number];

/** A copy of the documented order changed by `change`. */
const orderWith = (change: (order: Order & Record<string, unknown>) => void): unknown => {
  const order = structuredClone(documentedOrder) as Order & Record<string, unknown>;
  change(order);
  return order;
};

const firstItem = (order: Order) => order.lineItems.items[0] as Item & Record<string, unknown>;

describe("OrderRequestSchema", () => {
  it("parses the documented order unchanged, unknown keys included", () => {
    expect(parse(OrderRequestSchema, documentedOrder)).toEqual(documentedOrder);
  });

  it("parses a minimal order with only the required fields", () => {
    const minimal = {
      orderId: "A-1",
      contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
      status: "Completed",
      currencyCode: "SEK",
      createdAt: "2025-12-03T14:15:19Z",
      lineItems: { items: [{ quantity: 1, article: { sku: "X" }, totalPrice: 10 }], subTotal: 10 },
    };
    expect(fieldErrorsOf(OrderRequestSchema, minimal)).toEqual([]);
  });

  it("keeps keys Engage does not document, at every level", () => {
    const input = orderWith((order) => {
      order.shippingAddress = { city: "Göteborg" };
      firstItem(order).warehouse = "north";
    }) as Order & { shippingAddress: unknown };
    const output = parse(OrderRequestSchema, input) as typeof input;
    expect(output.shippingAddress).toEqual({ city: "Göteborg" });
    expect(output.lineItems.items[0]).toMatchObject({ warehouse: "north" });
  });

  it("accepts a subTotal that differs from the sum only by rounding", () => {
    const input = orderWith((order) => {
      order.lineItems.items = [
        { ...firstItem(order), totalPrice: 0.1 },
        { ...firstItem(order), totalPrice: 0.2 },
      ];
      order.lineItems.subTotal = 0.3;
    });
    expect(fieldErrorsOf(OrderRequestSchema, input)).toEqual([]);
  });

  const badInputs: [string, unknown, { field: string; message: string }[]][] = [
    [
      "a body that is not an object",
      "order",
      [{ field: "", message: 'must be an object (received "order")' }],
    ],
    [
      "a missing orderId",
      orderWith((order) => {
        delete (order as Partial<Order>).orderId;
      }),
      [{ field: "orderId", message: "orderId is required" }],
    ],
    [
      "a blank orderId",
      orderWith((order) => {
        order.orderId = "  ";
      }),
      [{ field: "orderId", message: "must not be empty or blank" }],
    ],
    [
      "a missing contact matchKey",
      orderWith((order) => {
        delete (order.contact as Partial<Order["contact"]>).matchKey;
      }),
      [{ field: "contact.matchKey", message: "matchKey is required" }],
    ],
    [
      "an unknown status",
      orderWith((order) => {
        order.status = "Shipped";
      }),
      [
        {
          field: "status",
          message: 'must be one of "InProgress", "Completed", "Cancelled" (received "Shipped")',
        },
      ],
    ],
    [
      "a lower-case currency code",
      orderWith((order) => {
        order.currencyCode = "eur";
      }),
      [
        {
          field: "currencyCode",
          message:
            'must be a three-letter ISO 4217 currency code in capitals, e.g. EUR (received "eur")',
        },
      ],
    ],
    [
      "a createdAt without offset",
      orderWith((order) => {
        order.createdAt = "2025-12-03T15:15:19";
      }),
      [
        {
          field: "createdAt",
          message:
            'must be an ISO 8601 date with a UTC offset, e.g. 2025-12-03T15:15:19+01:00 (received "2025-12-03T15:15:19")',
        },
      ],
    ],
    [
      "an impossible lastChangedAt",
      orderWith((order) => {
        order.lastChangedAt = "2025-02-30T10:00:00+01:00";
      }),
      [
        {
          field: "lastChangedAt",
          message:
            'must be an ISO 8601 date with a UTC offset, e.g. 2025-12-03T15:15:19+01:00 (received "2025-02-30T10:00:00+01:00")',
        },
      ],
    ],
    [
      "a missing quantity",
      orderWith((order) => {
        delete (firstItem(order) as Partial<Item>).quantity;
      }),
      [{ field: "lineItems.items.0.quantity", message: "quantity is required" }],
    ],
    [
      "a quantity sent as text",
      orderWith((order) => {
        firstItem(order).quantity = "2" as unknown as number;
      }),
      [{ field: "lineItems.items.0.quantity", message: 'must be a number (received "2")' }],
    ],
    [
      "a missing article sku",
      orderWith((order) => {
        delete (order.lineItems.items[1]!.article as Partial<Item["article"]>).sku;
      }),
      [{ field: "lineItems.items.1.article.sku", message: "sku is required" }],
    ],
    [
      "an unknown line item type",
      orderWith((order) => {
        firstItem(order).type = "Exchange";
      }),
      [
        {
          field: "lineItems.items.0.type",
          message: 'must be one of "Purchase", "Return" (received "Exchange")',
        },
      ],
    ],
    [
      "a return reason longer than 255 characters",
      orderWith((order) => {
        order.lineItems.items[1]!.returnDetails!.reason = "x".repeat(256);
      }),
      [
        {
          field: "lineItems.items.1.returnDetails.reason",
          message: "must be at most 255 characters long (it has 256)",
        },
      ],
    ],
    [
      "a return without its type",
      orderWith((order) => {
        delete (order.lineItems.items[1]!.returnDetails as { type?: string }).type;
      }),
      [{ field: "lineItems.items.1.returnDetails.type", message: "type is required" }],
    ],
    [
      "a subTotal that is not the sum of totalPrice",
      orderWith((order) => {
        order.lineItems.subTotal = 1600;
      }),
      [
        {
          field: "lineItems.subTotal",
          message: "must equal the sum of the items' totalPrice, 1597 (received 1600)",
        },
      ],
    ],
    [
      "payments that are not an object",
      orderWith((order) => {
        (order as Record<string, unknown>).payments = "card";
      }),
      [{ field: "payments", message: 'must be an object or a list of objects (received "card")' }],
    ],
    [
      "an embedded action with an unknown name",
      orderWith((order) => {
        order.orderAction = { action: "SendEmail" };
      }),
      [
        {
          field: "orderAction.action",
          message:
            'must be one of "ConfirmOrder", "ConfirmShipment", "ConfirmDelivery", "ConfirmCancellation", "ConfirmCompletion", "Custom" (received "SendEmail")',
        },
      ],
    ],
  ];

  it.each(badInputs)("rejects %s at the field that is wrong", (_, input, expected) => {
    expect(fieldErrorsOf(OrderRequestSchema, input)).toEqual(expected);
  });

  it("reports every problem at once, the subTotal included", () => {
    const input = orderWith((order) => {
      delete (firstItem(order) as Partial<Item>).quantity;
      order.lineItems.subTotal = 1;
      order.currencyCode = "euro";
    });
    expect(fieldErrorsOf(OrderRequestSchema, input).map((error) => error.field)).toEqual([
      "currencyCode",
      "lineItems.items.0.quantity",
      "lineItems.subTotal",
    ]);
  });
});
