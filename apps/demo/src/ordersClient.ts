import { createOrdersClient, type EngageEvent, type OrdersClient } from "@engage-orders/core";
import {
  ActionRequestSchema,
  ChangeDeliveryRequestSchema,
  ChangeStatusRequestSchema,
  OrderRequestSchema,
} from "@engage-orders/schemas";

/**
 * The placeholder the browser's client sends as its key. The core requires a key; the proxy
 * drops this header and adds the real key on the server, so the browser never holds it.
 */
export const placeholderApiKey = "held-by-the-proxy";

/**
 * Creates the browser's Orders client: it talks to the demo's proxy on this page's origin,
 * checks bodies with the shared schemas before sending, retries transport trouble a little
 * harder than the default so the emulator's fault switches show recovery rather than failure,
 * and reports every request, retry and poll to `onEvent`.
 */
export function createBrowserOrdersClient(
  origin: string,
  onEvent?: (event: EngageEvent) => void,
  proxyPath = "/engage",
): OrdersClient {
  return createOrdersClient({
    ...(onEvent ? { onEvent } : {}),
    baseUrl: new URL(proxyPath, origin).href,
    apiKey: placeholderApiKey,
    schemas: {
      order: OrderRequestSchema,
      action: ActionRequestSchema,
      statusChange: ChangeStatusRequestSchema,
      deliveryChange: ChangeDeliveryRequestSchema,
    },
    retry: { attempts: 6, baseDelayMs: 150, maxDelayMs: 2000, budget: 30 },
  });
}
