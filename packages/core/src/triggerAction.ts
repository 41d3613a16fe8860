import type { OrdersClient } from "./createOrdersClient.ts";
import { VersionTagMismatchError } from "./errors.ts";
import { orderPath } from "./paths.ts";
import { isObject } from "./replyBody.ts";
import { send } from "./send.ts";
import type { ActionAccepted, ActionRequest } from "./types.ts";
import { check, need } from "./validate.ts";

/** The options of `triggerAction`. */
export interface TriggerActionOptions {
  /** Aborts the request. */
  signal?: AbortSignal | undefined;
}

/**
 * Triggers an action (automation) on a processed order, quoting its `versionTag`.
 *
 * Sent at most once: only a 429 or 503 (Engage did not process it) is retried. After a
 * network failure, a timeout or another 5xx it throws `OutcomeUnknownError` instead of
 * re-sending, because the customer could get a second email. A 404 is
 * `VersionTagMismatchError` (the order changed: re-read it) unless Engage says
 * `OrderNotFound`; a 422 is `ContactMissingError`.
 *
 * @example
 * ```ts
 * await triggerAction(client, "o-1001", { action: "ConfirmOrder", versionTag, language: "sv-SE" });
 * ```
 */
export async function triggerAction(
  client: OrdersClient,
  orderId: string,
  action: ActionRequest,
  options: TriggerActionOptions = {},
): Promise<ActionAccepted> {
  need(orderId, "orderId");
  need(action?.action, "action.action");
  const { versionTag } = action;
  need(versionTag, "action.versionTag");
  await check(client, "action", action);
  const reply = await send(client, "POST", `${orderPath(orderId)}/action`, {
    body: action,
    signal: options.signal,
    once: true,
    notFound: VersionTagMismatchError,
    info: { orderId, versionTag },
  });
  return {
    orderId,
    action: action.action,
    accepted: true,
    ...(isObject(reply.data) && reply.data),
  };
}
