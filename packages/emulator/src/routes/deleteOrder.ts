import type { RouteHandler } from "../context.ts";
import { acceptedResponse } from "./accepted.ts";
import { orderNotFound } from "./orderNotFound.ts";

/**
 * Handles `DELETE /api/v3/orders/{orderId}`: deletes through a job (or at once with 204 under
 * the `deleteAnswer: "immediate"` variant); 404 when it does not exist.
 */
export const deleteOrder: RouteHandler = (context) => {
  const orderId = context.params.orderId ?? "";
  if (!context.state.orders.has(orderId)) return orderNotFound(orderId);
  if (context.settings.variants.deleteAnswer === "immediate") {
    context.state.orders.delete(orderId);
    return new Response(null, { status: 204 });
  }
  return acceptedResponse(context, context.enqueue({ operation: "delete", orderId }));
};
