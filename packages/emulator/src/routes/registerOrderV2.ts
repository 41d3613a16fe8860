import { fireAction } from "../automation.ts";
import { findContact } from "../contacts.ts";
import type { RouteHandler } from "../context.ts";
import { errorResponse, jsonResponse } from "../http.ts";
import { validateOrderV2 } from "../requestSchemas.ts";
import type { JsonObject } from "../state.ts";
import { validationFailed } from "./validationFailed.ts";

/**
 * Handles `POST /api/v2/orders` (order communication): validates the shape (400) and the
 * "must add up" rules (422), needs a known contact (422 `ContactNotFound`), stores nothing and
 * fires the status automation on every call: two identical calls fire twice.
 */
export const registerOrderV2: RouteHandler = (context) => {
  const result = validateOrderV2(context.body, context.settings.v2Rules);
  if (!result.ok) return validationFailed(result);
  const body = context.body as JsonObject;
  const contact = findContact(context.state, body.contact);
  if (!contact) {
    return errorResponse(422, "ContactNotFound", "No contact matches the order's contact.", [
      { field: "contact", message: "no contact matches this match key" },
    ]);
  }
  const orderNumber = body.orderNumber as string;
  const orderStatus = body.orderStatus as string;
  fireAction(context.state, {
    action: orderStatus,
    ...(typeof body.language === "string" ? { language: body.language } : {}),
    orderId: orderNumber,
    versionTag: null,
    source: "v2",
    contactId: contact.contactId,
    at: context.now,
  });
  return jsonResponse(202, { orderNumber, orderStatus, accepted: true });
};
