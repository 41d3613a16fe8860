import { type GenericSchema, parse } from "valibot";
import { describe, expect, it } from "vitest";
import {
  ActionRequestSchema,
  ChangeDeliveryRequestSchema,
  ChangeStatusRequestSchema,
  checkOrderV2Totals,
  OrderRequestSchema,
  OrderV2Schema,
  StoredOrderSchema,
} from "../src";
import {
  documentedActionRequest,
  documentedChangeDelivery,
  documentedChangeStatus,
  documentedOrder,
  documentedOrderV2,
  storedOrder,
} from "./examples";

// Every example payload of the documentation (seeds and contract), in one place.
const examples: [string, GenericSchema, unknown][] = [
  ["the action request (seeds 000, 001)", ActionRequestSchema, documentedActionRequest],
  ["the order creation payload (contract §3)", OrderRequestSchema, documentedOrder],
  ["the same order as stored, with versionTag", StoredOrderSchema, storedOrder],
  ["a change-status body (seed 003)", ChangeStatusRequestSchema, documentedChangeStatus],
  ["a change-delivery body (seed 003)", ChangeDeliveryRequestSchema, documentedChangeDelivery],
  ["the v2 order (seed 004, camelCase)", OrderV2Schema, documentedOrderV2],
  [
    "the action request's embedded form",
    OrderRequestSchema,
    { ...documentedOrder, orderAction: { action: "ConfirmOrder", language: "en-US" } },
  ],
];

describe("the documented examples", () => {
  it.each(examples)("parse unchanged: %s", (_, schema, example) => {
    expect(parse(schema, example)).toEqual(example);
  });

  it("include a v2 order whose amounts do not add up, which the add-up check reports", () => {
    const problems = checkOrderV2Totals(parse(OrderV2Schema, documentedOrderV2), {
      tenantRules: { totalTax: true, totalGrossPrice: true, paymentMethods: true },
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      "items.0.taxAmount",
      "totalTax",
      "totalGrossPrice",
      "paymentMethods",
    ]);
  });
});
