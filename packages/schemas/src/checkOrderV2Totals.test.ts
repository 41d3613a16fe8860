import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { documentedOrderV2 } from "../test/examples.ts";
import { checkOrderV2Totals } from "./checkOrderV2Totals.ts";
import { type OrderV2, OrderV2Schema } from "./OrderV2Schema.ts";

const allTenantRules = { totalTax: true, totalGrossPrice: true, paymentMethods: true };

/**
 * An order whose every amount adds up: 25 % VAT, a purchase and a return (negative quantity,
 * positive price and tax), a freight fee, paid by card and gift card.
 */
const consistentOrder = (): OrderV2 =>
  parse(OrderV2Schema, {
    contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
    orderNumber: "1001",
    orderStatus: "Confirmed",
    paymentStatus: "Paid",
    createdDate: "2025-12-03T15:15:19+01:00",
    storeId: "web",
    currency: "SEK",
    totalGrossPrice: 454.08,
    totalTax: 90.82,
    paymentMethods: [
      { type: "card", value: 354.08 },
      { type: "giftcard", value: 100 },
    ],
    items: [
      {
        type: "PURCHASE",
        sku: "A",
        quantity: 2,
        grossPaidPrice: 400,
        taxAmount: 80,
        taxPercent: 25,
        description: "Two shirts",
        discounts: [{ value: -50 }],
      },
      {
        type: "RETURN",
        sku: "B",
        quantity: -1,
        // Real payloads carry amounts like this one.
        grossPaidPrice: 4.08,
        taxAmount: 0.82,
        taxPercent: 25,
        description: "Returned socks",
      },
    ],
    freightFee: { value: 50, tax: 10, taxPercent: 25 },
  });

describe("checkOrderV2Totals", () => {
  it("finds nothing wrong in an order that adds up, with every tenant rule on", () => {
    expect(checkOrderV2Totals(consistentOrder(), { tenantRules: allTenantRules })).toEqual([]);
  });

  it("reports seed 004's tax amount always, and its sums only with the tenant rules on", () => {
    const order = parse(OrderV2Schema, documentedOrderV2);
    const taxAmountError = {
      field: "items.0.taxAmount",
      message:
        "must equal grossPaidPrice − grossPaidPrice / (1 + taxPercent / 100), 0.0819 (received 4.68)",
    };
    expect(checkOrderV2Totals(order)).toEqual([taxAmountError]);
    expect(checkOrderV2Totals(order, { tenantRules: allTenantRules })).toEqual([
      taxAmountError,
      {
        field: "totalTax",
        message: "must equal the items' taxAmount plus the fees' tax, 5.46 (received 7.73)",
      },
      {
        field: "totalGrossPrice",
        message: "must equal the items' grossPaidPrice plus the fees, 32.03 (received 9.8)",
      },
      {
        field: "paymentMethods",
        message: "must add up to totalGrossPrice, 9.8 (received 7.44)",
      },
    ]);
  });

  it.each([
    [
      "a purchase with zero quantity",
      (order: OrderV2) => {
        order.items[0]!.quantity = 0;
      },
      [{ field: "items.0.quantity", message: "must be positive on a purchase (received 0)" }],
    ],
    [
      "a return with positive quantity",
      (order: OrderV2) => {
        order.items[1]!.quantity = 1;
      },
      [
        { field: "items.1.quantity", message: "must be negative on a return (received 1)" },
        {
          field: "items.1.taxAmount",
          message: "must have the opposite sign of quantity on a return (received 0.82)",
        },
      ],
    ],
    [
      "a positive discount",
      (order: OrderV2) => {
        order.items[0]!.discounts![0]!.value = 50;
      },
      [{ field: "items.0.discounts.0.value", message: "must be negative (received 50)" }],
    ],
    [
      "a tax amount off by more than a cent",
      (order: OrderV2) => {
        order.items[0]!.taxAmount = 80.02;
      },
      [
        {
          field: "items.0.taxAmount",
          message:
            "must equal grossPaidPrice − grossPaidPrice / (1 + taxPercent / 100), 80 (received 80.02)",
        },
      ],
    ],
  ])("always reports %s", (_, change, expected) => {
    const order = consistentOrder();
    change(order);
    expect(checkOrderV2Totals(order)).toEqual(expected);
  });

  it("accepts amounts that differ only by rounding", () => {
    const order = consistentOrder();
    order.items[0]!.taxAmount = 80.01;
    order.totalGrossPrice = 454.09;
    order.paymentMethods![0]!.value = 354.09;
    expect(checkOrderV2Totals(order, { tenantRules: allTenantRules })).toEqual([]);
  });

  it("uses the tolerance it is given", () => {
    const order = consistentOrder();
    order.totalGrossPrice = 455;
    order.paymentMethods![0]!.value = 355;
    expect(checkOrderV2Totals(order, { tenantRules: { totalGrossPrice: true } })).toHaveLength(1);
    expect(
      checkOrderV2Totals(order, { tenantRules: { totalGrossPrice: true }, tolerance: 1 }),
    ).toEqual([]);
  });

  it("checks each tenant rule only when it is switched on", () => {
    const order = consistentOrder();
    order.totalTax = 1;
    order.totalGrossPrice = 1;
    const fields = (tenantRules: Parameters<typeof checkOrderV2Totals>[1]) =>
      checkOrderV2Totals(order, tenantRules).map((error) => error.field);
    expect(fields({})).toEqual([]);
    expect(fields({ tenantRules: { totalTax: true } })).toEqual(["totalTax"]);
    expect(fields({ tenantRules: { totalGrossPrice: true } })).toEqual(["totalGrossPrice"]);
    expect(fields({ tenantRules: { paymentMethods: true } })).toEqual(["paymentMethods"]);
  });

  it("accepts a tax-free return", () => {
    const order = consistentOrder();
    order.items[1]!.taxAmount = 0;
    order.items[1]!.taxPercent = 0;
    order.items[1]!.grossPaidPrice = 4.08;
    expect(checkOrderV2Totals(order)).toEqual([]);
  });
});
