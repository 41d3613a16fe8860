import { type GenericSchema, parse } from "valibot";
import { describe, expect, it } from "vitest";
import {
  AcceptedJobSchema,
  ActionAcceptedSchema,
  ActionRequestSchema,
  ChangeDeliveryRequestSchema,
  ChangeStatusRequestSchema,
  ContactOrdersPageSchema,
  checkOrderV2Totals,
  ErrorBodySchema,
  JobStatusSchema,
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
    "the accepted write (team decisions)",
    AcceptedJobSchema,
    {
      jobId: "8c1d",
      status: "Pending",
      orderId: "order-1764771379",
      href: "https://acme.voyado.com/api/v3/orders/jobs/8c1d",
    },
  ],
  [
    "a job that lost a racing create (team decisions)",
    JobStatusSchema,
    {
      jobId: "8c1d",
      orderId: "order-1764771379",
      status: "Failed",
      errorCode: "OrderAlreadyExists",
      errors: [{ message: "Order already exists" }],
      createdAt: "2025-12-03T15:15:20+01:00",
      completedAt: "2025-12-03T15:15:21+01:00",
    },
  ],
  [
    "a contact's orders page (team decisions)",
    ContactOrdersPageSchema,
    {
      items: [storedOrder],
      offset: 0,
      count: 10,
      totalCount: 11,
      links: [{ rel: "next", href: "https://acme.voyado.com/api/v3/orders?contactId=c&offset=10" }],
    },
  ],
  [
    "a 400 with field errors (team decisions)",
    ErrorBodySchema,
    {
      errorCode: "InvalidRequest",
      message: "The request is not valid.",
      errors: [{ field: "lineItems.items.0.quantity", message: "quantity is required" }],
    },
  ],
  [
    "Engage's 500 without Content-Type (contract §1)",
    ErrorBodySchema,
    { message: "An error has occurred." },
  ],
  [
    "an accepted action (team decisions)",
    ActionAcceptedSchema,
    { orderId: "order-1764771379", action: "ConfirmOrder", accepted: true },
  ],
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
