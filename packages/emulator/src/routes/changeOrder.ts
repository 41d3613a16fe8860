import type { RouteContext } from "../context.ts";
import type { JobOperation, JsonObject } from "../state.ts";
import type { Validation } from "../validators.ts";
import { acceptedResponse } from "./accepted.ts";
import { orderNotFound } from "./orderNotFound.ts";
import { splitOrderAction } from "./splitOrderAction.ts";
import { validationFailed } from "./validationFailed.ts";

/** Shared flow of change-status and change-delivery: validate (the schemas require a change), accept a job. */
export function changeOrder(
  context: RouteContext,
  operation: Extract<JobOperation, "changeStatus" | "changeDelivery">,
  validate: (body: unknown) => Validation,
): Response {
  const orderId = context.params.orderId ?? "";
  const result = validate(context.body);
  if (!result.ok) return validationFailed(result);
  const { document, orderAction } = splitOrderAction(context.body as JsonObject);
  if (!context.state.orders.has(orderId)) return orderNotFound(orderId);
  const job = context.enqueue({
    operation,
    orderId,
    payload: document,
    ...(orderAction ? { orderAction } : {}),
  });
  return acceptedResponse(context, job);
}
