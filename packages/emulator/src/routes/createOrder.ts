import type { RouteHandler } from "../context.ts";
import { errorResponse } from "../http.ts";
import { validateOrder } from "../requestSchemas.ts";
import type { JsonObject } from "../state.ts";
import { acceptedResponse } from "./accepted.ts";
import { splitOrderAction } from "./splitOrderAction.ts";
import { validationFailed } from "./validationFailed.ts";

/**
 * Handles `POST /api/v3/orders`: validates at once, answers 409 for a stored `orderId`,
 * otherwise accepts a job. Two racing creates are both accepted; the later job fails.
 */
export const createOrder: RouteHandler = (context) => {
  const result = validateOrder(context.body);
  if (!result.ok) return validationFailed(result);
  const { document, orderAction } = splitOrderAction(context.body as JsonObject);
  const orderId = document.orderId as string;
  if (context.state.orders.has(orderId)) {
    return errorResponse(409, "OrderAlreadyExists", "Order already exists.", [
      { field: "orderId", message: `an order with id ${JSON.stringify(orderId)} already exists` },
    ]);
  }
  const job = context.enqueue({
    operation: "create",
    orderId,
    payload: document,
    ...(orderAction ? { orderAction } : {}),
  });
  return acceptedResponse(context, job);
};
