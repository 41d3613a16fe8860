import { internalsOf } from "./clientInternals.ts";
import type { OrdersClient } from "./createOrdersClient.ts";

/** The client's current time as ISO 8601 (its injectable clock, so tests control it). */
export const clientTimeIso = (client: OrdersClient): string =>
  new Date(internalsOf(client).now()).toISOString();
