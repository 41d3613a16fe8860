import { safeParse } from "valibot";
import { describe, expect, it } from "vitest";
import { documentedOrder } from "../test/examples.ts";
import { OrderRequestSchema } from "./OrderRequestSchema.ts";
import { toFieldErrors } from "./toFieldErrors.ts";

const orderWithTwoMistakes = {
  ...documentedOrder,
  status: "Open",
  lineItems: {
    ...documentedOrder.lineItems,
    items: [documentedOrder.lineItems.items[0], { article: { sku: "X" }, totalPrice: 599 }],
  },
};

describe("toFieldErrors", () => {
  it("joins valibot issue paths with dots, array indexes as numbers", () => {
    const result = safeParse(OrderRequestSchema, orderWithTwoMistakes);
    expect(toFieldErrors(result.issues ?? [])).toEqual([
      {
        field: "status",
        message: 'must be one of "InProgress", "Completed", "Cancelled" (received "Open")',
      },
      { field: "lineItems.items.1.quantity", message: "quantity is required" },
    ]);
  });

  it("reads issues returned through the Standard Schema interface", async () => {
    const result = await OrderRequestSchema["~standard"].validate(orderWithTwoMistakes);
    if (!result.issues) throw new Error("expected issues");
    expect(result.issues[1]?.path?.map((segment) => (segment as { key: unknown }).key)).toEqual([
      "lineItems",
      "items",
      1,
      "quantity",
    ]);
    expect(toFieldErrors(result.issues).map((error) => error.field)).toEqual([
      "status",
      "lineItems.items.1.quantity",
    ]);
  });

  it("accepts plain property keys as path segments and names the body itself with ''", () => {
    expect(
      toFieldErrors([
        { message: "must be an object", path: undefined },
        { message: "is wrong", path: ["lineItems", { key: "items" }, 0, "sku"] },
      ]),
    ).toEqual([
      { field: "", message: "must be an object" },
      { field: "lineItems.items.0.sku", message: "is wrong" },
    ]);
  });

  it("gives no field errors for a valid order through the Standard Schema interface", async () => {
    const result = await OrderRequestSchema["~standard"].validate(documentedOrder);
    expect(result.issues).toBeUndefined();
    expect((result as { value: unknown }).value).toEqual(documentedOrder);
  });
});
