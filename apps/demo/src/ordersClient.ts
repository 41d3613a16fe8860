import { createOrdersClient, type EngageEvent, type OrdersClient } from "@engage-orders/core";
import {
  ActionRequestSchema,
  ChangeDeliveryRequestSchema,
  ChangeStatusRequestSchema,
  OrderRequestSchema,
} from "@engage-orders/schemas";

/**
 * Creates the browser's Orders client: it talks to the demo's proxy on this page's origin and
 * holds no API key (the proxy adds the real one on the server), checks bodies with the shared
 * schemas before sending, retries transport trouble a little harder than the default so the
 * emulator's fault switches show recovery rather than failure, and reports every request,
 * retry and poll to `onEvent`.
 */
export function createBrowserOrdersClient(
  origin: string,
  onEvent?: (event: EngageEvent) => void,
  proxyPath = "/engage",
): OrdersClient {
  return createOrdersClient({
    ...(onEvent ? { onEvent } : {}),
    baseUrl: new URL(proxyPath, origin).href,
    schemas: {
      order: OrderRequestSchema,
      action: ActionRequestSchema,
      statusChange: ChangeStatusRequestSchema,
      deliveryChange: ChangeDeliveryRequestSchema,
    },
    retry: { attempts: 6, baseDelayMs: 150, maxDelayMs: 2000, budget: 30 },
  });
}
