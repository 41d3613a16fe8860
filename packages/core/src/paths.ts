import type { OrdersClient } from "./createOrdersClient.ts";
import { invalid } from "./errors.ts";

/**
 * URL-encodes one path segment. "." and ".." are refused before anything is sent: every URL
 * parser resolves them, even percent-encoded, as steps up the path, so the request would reach
 * another route.
 */
function pathSegment(id: string, field: string): string {
  if (id === "." || id === "..") invalid(field, 'must not be "." or ".."');
  return encodeURIComponent(id);
}

/** The path of an order, URL-encoded. */
export const orderPath = (orderId: string): string =>
  `/api/v3/orders/${pathSegment(orderId, "orderId")}`;

/** The path of a job, URL-encoded. */
export const jobPath = (jobId: string): string =>
  `/api/v3/orders/jobs/${pathSegment(jobId, "jobId")}`;

/**
 * Puts a URL or path onto the client's base URL: everything before the first `/api/v{n}/` is
 * replaced by `baseUrl`, so the key only ever goes to the configured origin and a handle made
 * behind one proxy resumes behind another.
 */
export function rebase(client: OrdersClient, url: string): string {
  const { pathname, search } = new URL(url, `${client.baseUrl}/`);
  return pathname.slice(Math.max(0, pathname.search(/\/api\/v\d+\//))) + search;
}
