import type { JsonObject, OrderAction } from "../state.ts";
import { cloneJson, isJsonObject } from "../state.ts";

/**
 * Separates a validated body's embedded `orderAction` from the document to store. The raw
 * body is kept (not the parsed output) so undocumented fields come back exactly as sent; it
 * was parsed for this request alone, so it is not copied.
 */
export function splitOrderAction(body: JsonObject): {
  document: JsonObject;
  orderAction?: OrderAction;
} {
  const { orderAction, ...document } = body;
  if (!isJsonObject(orderAction) || typeof orderAction.action !== "string") {
    return { document };
  }
  const action: OrderAction = { action: orderAction.action };
  if (typeof orderAction.language === "string") action.language = orderAction.language;
  if (orderAction.data !== undefined) action.data = cloneJson(orderAction.data);
  return { document, orderAction: action };
}
