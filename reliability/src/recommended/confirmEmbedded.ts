import type { Order, OrderAction, OrdersClient } from "@engage-orders/core";
import { type CallerOptions, type Registration, registerOrder } from "./registerOrder";

/**
 * The recommended way to send a confirmation exactly once: the action rides on the create as
 * an embedded `orderAction`. Engage fires it when the create that stores the order is
 * processed, and a create is unique per `orderId`, so no retry, resumed wait or duplicate
 * delivery can fire it twice, and the registration loop (`registerOrder`) makes sure the order
 * gets stored. There is nothing to send after the create.
 */
export function confirmEmbedded(
  client: OrdersClient,
  order: Order,
  action: OrderAction,
  options: CallerOptions,
): Promise<Registration> {
  return registerOrder(client, order, { ...options, orderAction: action });
}
