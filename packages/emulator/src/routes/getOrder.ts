import type { RouteHandler } from "../context.ts";
import { jsonResponse } from "../http.ts";
import { cloneJson } from "../state.ts";
import { orderNotFound } from "./orderNotFound.ts";

/**
 * Handles `GET /api/v3/orders/{orderId}?contactId=…`: the stored order with its `versionTag`;
 * with `contactId`, 404 unless the order belongs to that contact.
 */
export const getOrder: RouteHandler = (context) => {
  const orderId = context.params.orderId ?? "";
  const record = context.state.orders.get(orderId);
  if (!record) return orderNotFound(orderId);
  const contactId = context.url.searchParams.get("contactId");
  if (contactId !== null && record.contactId !== contactId) {
    return orderNotFound(orderId, "does not belong to that contact");
  }
  return jsonResponse(200, cloneJson(record.order));
};
