import { errorResponse } from "../http.ts";

/** Answers 404 `OrderNotFound` for an order id. */
export function orderNotFound(orderId: string, why = "does not exist"): Response {
  return errorResponse(404, "OrderNotFound", `Order ${JSON.stringify(orderId)} ${why}.`);
}
