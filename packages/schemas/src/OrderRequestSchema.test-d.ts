import type { InferInput, InferOutput } from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import type { ActionRequest } from "./ActionRequestSchema.ts";
import type { ChangeDeliveryRequest } from "./ChangeDeliveryRequestSchema.ts";
import type { ChangeStatusRequest } from "./ChangeStatusRequestSchema.ts";
import type { LineItem } from "./LineItemSchema.ts";
import type { OrderAction } from "./OrderActionSchema.ts";
import type { OrderRequest, OrderRequestSchema } from "./OrderRequestSchema.ts";

describe("request types", () => {
  it("infers the order with its required and optional fields", () => {
    expectTypeOf<OrderRequest["orderId"]>().toEqualTypeOf<string>();
    expectTypeOf<OrderRequest["status"]>().toEqualTypeOf<
      "InProgress" | "Completed" | "Cancelled"
    >();
    expectTypeOf<OrderRequest["lineItems"]["subTotal"]>().toEqualTypeOf<number>();
    expectTypeOf<OrderRequest["externalStatus"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<OrderRequest>().toHaveProperty("delivery");
    expectTypeOf<InferInput<typeof OrderRequestSchema>>().toEqualTypeOf<
      InferOutput<typeof OrderRequestSchema>
    >();
  });

  it("keeps undocumented keys as unknown", () => {
    expectTypeOf<OrderRequest["shippingAddress"]>().toEqualTypeOf<unknown>();
    expectTypeOf<NonNullable<OrderRequest["payments"]>>().toEqualTypeOf<
      { [key: string]: unknown } | { [key: string]: unknown }[]
    >();
  });

  it("suggests the known match-key types but takes any string", () => {
    expectTypeOf<"Email">().toExtend<OrderRequest["contact"]["matchKeyType"]>();
    expectTypeOf<"email">().toExtend<OrderRequest["contact"]["matchKeyType"]>();
  });

  it("infers a line item", () => {
    expectTypeOf<LineItem["quantity"]>().toEqualTypeOf<number>();
    expectTypeOf<LineItem["type"]>().toEqualTypeOf<"Purchase" | "Return" | undefined>();
    expectTypeOf<LineItem["article"]["sku"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<LineItem["returnDetails"]>["type"]>().toEqualTypeOf<
      "Normal" | "Complaint" | "Change"
    >();
  });

  it("allows only documented names in an embedded action, any name in an action request", () => {
    expectTypeOf<OrderAction["action"]>().toEqualTypeOf<
      | "ConfirmOrder"
      | "ConfirmShipment"
      | "ConfirmDelivery"
      | "ConfirmCancellation"
      | "ConfirmCompletion"
      | "Custom"
    >();
    expectTypeOf<"ConfirmOrder">().toExtend<ActionRequest["action"]>();
    expectTypeOf<"MyAutomation">().toExtend<ActionRequest["action"]>();
    expectTypeOf<ActionRequest["versionTag"]>().toEqualTypeOf<string>();
  });

  it("infers change-status and change-delivery bodies", () => {
    expectTypeOf<ChangeStatusRequest["lastChangedAt"]>().toEqualTypeOf<string>();
    expectTypeOf<ChangeStatusRequest["status"]>().toEqualTypeOf<
      "InProgress" | "Completed" | "Cancelled" | undefined
    >();
    expectTypeOf<ChangeDeliveryRequest["orderAction"]>().toEqualTypeOf<OrderAction | undefined>();
  });
});
