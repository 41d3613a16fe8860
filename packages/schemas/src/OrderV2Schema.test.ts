import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { documentedOrderV2, documentedOrderV2Verbatim } from "../test/examples.ts";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { OrderV2Schema } from "./OrderV2Schema.ts";

type OrderV2Input = typeof documentedOrderV2;

const orderWith = (change: (order: OrderV2Input & Record<string, unknown>) => void): unknown => {
  const order = structuredClone(documentedOrderV2) as OrderV2Input & Record<string, unknown>;
  change(order);
  return order;
};

describe("OrderV2Schema", () => {
  it("parses seed 004's example unchanged although its amounts do not add up", () => {
    expect(parse(OrderV2Schema, documentedOrderV2)).toEqual(documentedOrderV2);
  });

  it("rejects seed 004's generator placeholders only where a date or currency belongs", () => {
    expect(fieldErrorsOf(OrderV2Schema, documentedOrderV2Verbatim)).toEqual([
      {
        field: "createdDate",
        message:
          'must be an ISO 8601 date with a UTC offset, e.g. 2025-12-03T15:15:19+01:00 (received "createdDate")',
      },
      {
        field: "shippingDate",
        message:
          'must be an ISO 8601 date with a UTC offset, e.g. 2025-12-03T15:15:19+01:00 (received "shippingDate")',
      },
      {
        field: "statusChangedDate",
        message:
          'must be an ISO 8601 date with a UTC offset, e.g. 2025-12-03T15:15:19+01:00 (received "statusChangedDate")',
      },
      {
        field: "currency",
        message:
          'must be a three-letter ISO 4217 currency code in capitals, e.g. EUR (received "currency")',
      },
    ]);
  });

  it.each([
    [
      "an order without its required fields",
      { contact: { matchKey: "a@b.se", matchKeyType: "email" } },
      [
        "orderNumber is required",
        "orderStatus is required",
        "paymentStatus is required",
        "createdDate is required",
        "storeId is required",
        "currency is required",
        "totalGrossPrice is required",
        "items is required",
      ].map((message) => ({ field: message.split(" ")[0]!, message })),
    ],
    [
      "a lower-case item type",
      orderWith((order) => {
        order.items[0]!.type = "purchase";
      }),
      [
        {
          field: "items.0.type",
          message: 'must be one of "PURCHASE", "RETURN" (received "purchase")',
        },
      ],
    ],
    [
      "an item without grossPaidPrice",
      orderWith((order) => {
        delete (order.items[0] as { grossPaidPrice?: number }).grossPaidPrice;
      }),
      [{ field: "items.0.grossPaidPrice", message: "grossPaidPrice is required" }],
    ],
    [
      "a discount without value",
      orderWith((order) => {
        delete (order.items[0]!.discounts[0] as { value?: number }).value;
      }),
      [{ field: "items.0.discounts.0.value", message: "value is required" }],
    ],
    [
      "a fee without value and a payment method without type",
      orderWith((order) => {
        order.freightFee = { tax: 1 } as typeof order.freightFee;
        delete (order.paymentMethods[0] as { type?: string }).type;
      }),
      [
        { field: "paymentMethods.0.type", message: "type is required" },
        { field: "freightFee.value", message: "value is required" },
      ],
    ],
    [
      "discounted given as text",
      orderWith((order) => {
        (order.items[0] as Record<string, unknown>).discounted = "yes";
      }),
      [{ field: "items.0.discounted", message: 'must be true or false (received "yes")' }],
    ],
  ])("rejects %s", (_, input, expected) => {
    expect(fieldErrorsOf(OrderV2Schema, input)).toEqual(expected);
  });
});
