import type { RouteHandler } from "../context.js";
import { invalidRequest } from "../http.js";
import { validateOrder } from "../requestSchemas.js";
import type { JsonObject } from "../state.js";
import { acceptedResponse } from "./accepted.js";
import { orderNotFound } from "./orderNotFound.js";
import { splitOrderAction } from "./splitOrderAction.js";
import { validationFailed } from "./validationFailed.js";

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
  if (!context.state.orders.has(orderId)) return orderNotFound(orderId);
  const job = context.enqueue({
    operation: "replace",
    orderId,
    payload: document,
    ...(orderAction ? { orderAction } : {}),
  });
  return acceptedResponse(context, job);
};
