import type { ActionName, Order, OrderAction } from "@engage-orders/core";
import { ValidationError } from "@engage-orders/core";

/** A separate action, triggered with the job's `versionTag` once the create is processed. */
export interface OrderFlowAction {
  /** The automation to trigger, e.g. `ConfirmShipment`. */
  action: ActionName;
  /** The culture tag of the message, e.g. `sv-SE`. */
  language?: string;
  /** Free JSON handed to the automation. */
  data?: Record<string, unknown>;
}

/** How the wait for the create's job is spaced. */
export interface OrderFlowPolling {
  /** The sleep before the first poll, and the smallest between two. Defaults to `1000`. */
  minDelayMs?: number;
  /** The longest sleep between two polls (each sleep doubles up to it). Defaults to `300000`. */
  maxDelayMs?: number;
}

/** The params of an order flow: what `startOrderFlow` hands to the Workflow instance. */
export interface OrderFlowParams {
  /** The order to create; its `orderId` names the flow. */
  order: Order;
  /**
   * The action that rides on the create (`orderAction`): Engage fires it once the order is
   * processed, at most once, since a create is unique per `orderId`. `null` sends none.
   * Defaults to `{ action: "ConfirmOrder" }`.
   */
  orderAction?: OrderAction | null;
  /** An action to trigger after the job completed, quoting its `versionTag`. Defaults to none. */
  action?: OrderFlowAction;
  /**
   * When to stop waiting for the job: epoch ms or an ISO 8601 string. The instance then ends
   * with a `JobTimeoutError` carrying the handle (resumable with `waitForJob`). Defaults to
   * 24 hours after the flow started.
   */
  deadline?: number | string;
  /** The spacing of polls. */
  polling?: OrderFlowPolling;
}

/** The settings a flow runs with, after defaults were applied. */
export interface ResolvedOrderFlowParams {
  order: Order;
  orderAction: OrderAction | undefined;
  action: OrderFlowAction | undefined;
  deadline: number | undefined;
  minDelayMs: number;
  maxDelayMs: number;
}

/** The default embedded action. */
export const DEFAULT_ORDER_ACTION: OrderAction = { action: "ConfirmOrder" };

const invalid = (field: string, message: string): never => {
  throw new ValidationError(`${field}: ${message}`, { fieldErrors: [{ field, message }] });
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function checkAction(value: unknown, field: string): void {
  if (!isRecord(value)) invalid(field, "must be an object with an `action`");
  const { action, language, data } = value as Record<string, unknown>;
  if (typeof action !== "string" || action.trim() === "") {
    invalid(`${field}.action`, "must be a non-empty string");
  }
  if (language !== undefined && typeof language !== "string") {
    invalid(`${field}.language`, "must be a string");
  }
  if (data !== undefined && !isRecord(data)) invalid(`${field}.data`, "must be an object");
}

function checkDelay(value: unknown, field: string): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    invalid(field, "must be a finite number of milliseconds, 0 or more");
  }
}

/**
 * Checks an order flow's params and applies the defaults; throws a `ValidationError` naming
 * the field. Nothing is sent before the params pass.
 */
export function resolveOrderFlowParams(params: unknown): ResolvedOrderFlowParams {
  if (!isRecord(params)) return invalid("params", "must be an object with an `order`");
  const { order, orderAction, action, deadline, polling } = params;
  if (!isRecord(order)) return invalid("order", "must be an object");
  if (typeof order.orderId !== "string" || order.orderId.trim() === "") {
    invalid("order.orderId", "must be a non-empty string");
  }
  if (orderAction !== undefined && orderAction !== null) checkAction(orderAction, "orderAction");
  if (action !== undefined) checkAction(action, "action");
  let deadlineMs: number | undefined;
  if (deadline !== undefined) {
    deadlineMs = typeof deadline === "number" ? deadline : Date.parse(String(deadline));
    if (!Number.isFinite(deadlineMs)) {
      invalid("deadline", "must be epoch milliseconds or an ISO 8601 date");
    }
  }
  if (polling !== undefined && !isRecord(polling)) invalid("polling", "must be an object");
  const { minDelayMs = 1000, maxDelayMs = 300_000 } = (polling ?? {}) as OrderFlowPolling;
  checkDelay(minDelayMs, "polling.minDelayMs");
  checkDelay(maxDelayMs, "polling.maxDelayMs");
  return {
    order: order as unknown as Order,
    orderAction:
      orderAction === null
        ? undefined
        : ((orderAction as OrderAction | undefined) ?? DEFAULT_ORDER_ACTION),
    action: action as OrderFlowAction | undefined,
    deadline: deadlineMs,
    minDelayMs,
    maxDelayMs: Math.max(minDelayMs, maxDelayMs),
  };
}
