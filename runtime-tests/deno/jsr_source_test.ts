// JSR serves TypeScript source, so Deno users run `src/` as it is: the schemas' source must
// load and work in Deno without a build (imports resolve from node_modules, no npm: or jsr:).
import { OrderRequestSchema, toFieldErrors } from "../../packages/schemas/src/index.ts";

const order = {
  orderId: "jsr-1",
  contact: { matchKey: "jsr@example.com", matchKeyType: "Email" },
  status: "InProgress",
  currencyCode: "SEK",
  createdAt: "2025-12-03T15:15:19+01:00",
  lineItems: { items: [{ quantity: 1, article: { sku: "SKU-1" }, totalPrice: 10 }], subTotal: 10 },
};

Deno.test("the schemas' source parses an order in Deno", () => {
  const result = OrderRequestSchema["~standard"].validate(order);
  if (result instanceof Promise || result.issues) throw new Error(JSON.stringify(result));
});

Deno.test("the schemas' source names the field of a bad order in Deno", () => {
  const result = OrderRequestSchema["~standard"].validate({
    ...order,
    lineItems: { items: [{ article: { sku: "SKU-1" }, totalPrice: 10 }], subTotal: 10 },
  });
  if (result instanceof Promise || !result.issues)
    throw new Error("a line item without quantity was accepted");
  const fields = toFieldErrors(result.issues).map((error) => error.field);
  if (!fields.includes("lineItems.items.0.quantity"))
    throw new Error(`unexpected fields: ${fields.join(", ")}`);
});
