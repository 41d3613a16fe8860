import { fireAction } from "../automation.ts";
import type { RouteHandler } from "../context.ts";
import { errorResponse, jsonResponse } from "../http.ts";
import { validateAction } from "../requestSchemas.ts";
import type { JsonObject } from "../state.ts";
import { orderNotFound } from "./orderNotFound.ts";
import { splitOrderAction } from "./splitOrderAction.ts";
import { validationFailed } from "./validationFailed.ts";

/**
 * Handles `POST /api/v3/orders/{orderId}/action`: 202 and the action fired (every time: a
 * resent action is recorded twice, as a customer would receive it twice); 404 when the order
 * does not exist or the versionTag is not the current one; 422 when the order has no contact.
 */
export const triggerAction: RouteHandler = (context) => {
  const orderId = context.params.orderId ?? "";
  const result = validateAction(context.body);
  if (!result.ok) return validationFailed(result);
  const record = context.state.orders.get(orderId);
  if (!record) return orderNotFound(orderId);
  const body = context.body as JsonObject;
  const versionTag = body.versionTag as string;
  if (versionTag !== record.order.versionTag) {
    return errorResponse(
      404,
      "VersionTagMismatch",
      "The versionTag does not match the order's current version.",
      [{ field: "versionTag", message: "does not match the order's current version" }],
    );
  }
  if (record.contactId === null) {
    return errorResponse(
      422,
      "ContactMissing",
      "The order has no contact: delete it, create the contact, then register the order again.",
    );
  }
  // The action body has the same shape as an embedded orderAction plus versionTag.
  const { orderAction } = splitOrderAction({ orderAction: body });
  const action = orderAction ?? { action: body.action as string };
  fireAction(context.state, {
    ...action,
    orderId,
    versionTag,
    source: "action",
    contactId: record.contactId,
    at: context.now,
  });
  return jsonResponse(202, { orderId, action: action.action, accepted: true });
};
