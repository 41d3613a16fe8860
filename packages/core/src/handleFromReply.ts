import type { OrdersClient } from "./createOrdersClient.ts";
import { newHandle } from "./newHandle.ts";
import { jobPath, orderPath, rebase } from "./paths.ts";
import { isObject, malformed, nonEmptyString, type Reply } from "./replyBody.ts";
import { resentAfterUnclearAttempt } from "./retryPolicy.ts";
import type { JobHandle, JobOperation } from "./types.ts";

/**
 * Makes a handle from an accepted write (201 or 202; the job in the body, in `Location`, or
 * both). An empty answer without a job (a synchronous 204 to a delete) gives a handle that is
 * already `Completed`.
 */
export function handleFromReply<Operation extends JobOperation>(
  client: OrdersClient,
  reply: Reply,
  orderId: string,
  operation: Operation,
): JobHandle<Operation> {
  const accepted = isObject(reply.data) ? reply.data : {};
  const href = nonEmptyString(accepted.href) ?? reply.headers.get("location") ?? "";
  const jobIdInHref = /\/jobs\/([^/?#]+)/.exec(href)?.[1];
  const jobId =
    nonEmptyString(accepted.jobId) ?? (jobIdInHref ? decodeURIComponent(jobIdInHref) : "");
  const pollPath = jobId ? rebase(client, href || jobPath(jobId)) : orderPath(orderId);
  const acceptedOrderId = nonEmptyString(accepted.orderId) ?? orderId;
  const handle = newHandle(client, jobId, pollPath, acceptedOrderId, operation);
  if (!jobId) {
    if (reply.text.trim()) malformed(reply, "names no job");
    handle.status = "Completed";
  }
  if (resentAfterUnclearAttempt(reply.attempts)) handle.retried = true;
  return handle;
}
