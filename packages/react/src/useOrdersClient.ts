import type { OrdersClient } from "@engage-orders/core";
import { react } from "./deps.ts";
import { OrdersClientContext } from "./EngageOrdersProvider.ts";

/**
 * The core client of the nearest `EngageOrdersProvider`; throws a clear error without one.
 *
 * @example
 * ```ts
 * const client = useOrdersClient();
 * ```
 */
export function useOrdersClient(): OrdersClient {
  const client = react.useContext(OrdersClientContext);
  if (!client) throw new Error("Missing <EngageOrdersProvider>");
  return client;
}
