import { internalsOf } from "./clientInternals.ts";
import { createOrder } from "./createOrder.ts";
import type { OrdersClient } from "./createOrdersClient.ts";
import { triggerAction } from "./triggerAction.ts";
import type { ActionAccepted, CompletedJob, JobHandle, Order, OrderAction } from "./types.ts";
import { type WaitOptions, waitForJob } from "./waitForJob.ts";

/** The options of `confirmOrder`. */
export interface ConfirmOrderOptions extends WaitOptions {
  /**
   * `embedded` sends the action inside the create: it fires at most once, even when the
   * create is retried, and nothing is polled. `separate` creates, waits for the job and then
   * triggers the action with the job's `versionTag`. Defaults to `embedded`.
   */
  mode?: "embedded" | "separate";
}

/** The outcome of `confirmOrder`: the handle, plus the job and the action in `separate` mode. */
export interface ConfirmOrderResult {
  handle: JobHandle<"create">;
  job?: CompletedJob;
  accepted?: ActionAccepted;
}

/**
 * Registers an order and confirms it to the customer with an action (e.g. `ConfirmOrder`).
 *
 * @example
 * ```ts
 * const { handle } = await confirmOrder(client, order, { action: "ConfirmOrder", language: "en-US" });
 * ctx.waitUntil(waitForJob(client, handle)); // optional: report problems later
 * ```
 */
export async function confirmOrder(
  client: OrdersClient,
  order: Order,
  action: OrderAction,
  options: ConfirmOrderOptions = {},
): Promise<ConfirmOrderResult> {
  const { signal } = options;
  if (options.mode !== "separate") {
    return { handle: await createOrder(client, order, { orderAction: action, signal }) };
  }
  const deadline = options.deadline ?? internalsOf(client).now() + (options.timeoutMs ?? 60_000);
  const handle = await createOrder(client, order, { signal });
  const job = await waitForJob(client, handle, { ...options, deadline });
  // A create's completed job always has its versionTag: the wait reads the order otherwise.
  const versionTag = job.versionTag ?? "";
  const accepted = await triggerAction(
    client,
    handle.orderId,
    { ...action, versionTag },
    { signal },
  );
  return { handle, job, accepted };
}
