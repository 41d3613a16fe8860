import type { OrdersClient } from "@engage-orders/core";
import type { ReactNode } from "react";
import { react } from "./deps.ts";

/** The context that carries the core client; read it with `useOrdersClient`. */
export const OrdersClientContext = react.createContext<OrdersClient | null>(null);

/** The props of `EngageOrdersProvider`. */
export interface EngageOrdersProviderProps {
  /**
   * The core client every hook below uses. In a browser it points at your proxy (or the
   * in-browser emulator); the API key stays on the server.
   */
  client: OrdersClient;
  /** The components that use the hooks. */
  children?: ReactNode;
}

/**
 * Provides the core client to the hooks below it. Create the client once (outside render, or
 * in `useState`), since per-client state (single-flight, known `versionTag`s) lives on it.
 *
 * @example
 * ```tsx
 * // Behind the proxy the browser holds no key: the proxy adds it on the server.
 * const client = createOrdersClient({ baseUrl: "/engage" });
 * <SWRConfig value={{ dedupingInterval: 2000 }}>
 *   <EngageOrdersProvider client={client}><OrdersAdmin /></EngageOrdersProvider>
 * </SWRConfig>
 * ```
 */
export function EngageOrdersProvider({ client, children }: EngageOrdersProviderProps) {
  return react.createElement(OrdersClientContext.Provider, { value: client }, children);
}
