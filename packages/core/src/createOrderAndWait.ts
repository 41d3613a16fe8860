import { internalsOf } from "./clientInternals.ts";
import { createOrder } from "./createOrder.ts";
import type { OrdersClient } from "./createOrdersClient.ts";
import type { WriteOptions } from "./sendWrite.ts";
import type { CompletedJob, Order } from "./types.ts";
import { type WaitOptions, waitForJob } from "./waitForJob.ts";

/**
 * Registers an order and waits until Engage processed it; resolves to the completed job with
 * its `versionTag`. One `signal` and one deadline cover the create and every poll.
 *
 * @example
 * ```ts
 * const { versionTag } = await createOrderAndWait(client, order, { timeoutMs: 15_000 });
 * ```
 */
export async function createOrderAndWait(
  client: OrdersClient,
  order: Order,
  options: WriteOptions & WaitOptions = {},
): Promise<CompletedJob & { versionTag: string }> {
  // The deadline starts before the create, so one budget of time covers the whole cycle.
  const deadline = options.deadline ?? internalsOf(client).now() + (options.timeoutMs ?? 60_000);
  const handle = await createOrder(client, order, options);
  return waitForJob(client, handle, { ...options, deadline }) as Promise<
    CompletedJob & { versionTag: string }
  >;
}
