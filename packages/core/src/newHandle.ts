import { clientTimeIso } from "./clientTime.ts";
import type { OrdersClient } from "./createOrdersClient.ts";
import type { JobHandle, JobOperation } from "./types.ts";

/** Makes a fresh handle polled at `path` on the client's base URL, started now. */
export const newHandle = <Operation extends JobOperation>(
  client: OrdersClient,
  jobId: string,
  path: string,
  orderId: string,
  operation: Operation,
): JobHandle<Operation> => ({
  jobId,
  pollUrl: client.baseUrl + path,
  orderId,
  operation,
  startedAt: clientTimeIso(client),
});
