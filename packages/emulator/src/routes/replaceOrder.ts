import type { RouteHandler } from "../context.ts";
import { errorResponse, invalidRequest } from "../http.ts";
import { validateOrder } from "../requestSchemas.ts";
import type { JsonObject } from "../state.ts";
import { acceptedResponse } from "./accepted.ts";
import { orderNotFound } from "./orderNotFound.ts";
import { splitOrderAction } from "./splitOrderAction.ts";
import { validationFailed } from "./validationFailed.ts";

/** Whether date `a` is strictly before date `b` (both ISO 8601; anything else is not older). */
function isOlder(a: unknown, b: unknown): boolean {
  const first = typeof a === "string" ? Date.parse(a) : Number.NaN;
  const second = typeof b === "string" ? Date.parse(b) : Number.NaN;
  return Number.isFinite(first) && Number.isFinite(second) && first < second;
}

/** Handles `PUT /api/v3/orders/{orderId}`: replaces the whole order through a job; 404 when it does not exist. */
export const replaceOrder: RouteHandler = (context) => {
  const orderId = context.params.orderId ?? "";
  const result = validateOrder(context.body);
  if (!result.ok) return validationFailed(result);
  const { document, orderAction } = splitOrderAction(context.body as JsonObject);
  if (document.orderId !== orderId) {
    return invalidRequest([
      {
        field: "orderId",
        message: `must match the order id in the path, ${JSON.stringify(orderId)} (received ${JSON.stringify(document.orderId)})`,
      },
    ]);
  }
  const current = context.state.orders.get(orderId);
  if (!current) return orderNotFound(orderId);
  if (
    context.settings.variants.staleReplace === "reject" &&
    isOlder(document.lastChangedAt, current.order.lastChangedAt)
  ) {
    return errorResponse(
      409,
      "StaleOrder",
      "The stored order was changed later than this replacement.",
      [{ field: "lastChangedAt", message: "is older than the stored order's lastChangedAt" }],
    );
  }
  const job = context.enqueue({
    operation: "replace",
    orderId,
    payload: document,
    ...(orderAction ? { orderAction } : {}),
  });
  return acceptedResponse(context, job);
};
