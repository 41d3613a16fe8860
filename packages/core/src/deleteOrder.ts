import type { OrdersClient } from "./createOrdersClient.ts";
import { orderPath } from "./paths.ts";
import { sendWrite } from "./sendWrite.ts";
import type { JobHandle } from "./types.ts";
import { need } from "./validate.ts";

/** The options of `deleteOrder`. */
export interface DeleteOrderOptions {
  /** Aborts the request. */
  signal?: AbortSignal | undefined;
}

/**
 * Deletes an order; resolves to the job handle. An empty synchronous answer gives a handle
 * that is already `Completed`.
 *
 * @example
 * ```ts
 * await waitForJob(client, await deleteOrder(client, "o-1001"));
 * ```
 */
export async function deleteOrder(
  client: OrdersClient,
  orderId: string,
  options: DeleteOrderOptions = {},
): Promise<JobHandle<"delete">> {
  return sendWrite(
    client,
    "DELETE",
    orderPath(need(orderId, "orderId")),
    orderId,
    "delete",
    undefined,
    { signal: options.signal },
  );
}
