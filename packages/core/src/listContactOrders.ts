import type { OrdersClient } from "./createOrdersClient.ts";
import { invalid } from "./errors.ts";
import { isObject, malformed, nonEmptyString, objectBody } from "./replyBody.ts";
import { send } from "./send.ts";
import type { ContactOrdersPage } from "./types.ts";
import { need } from "./validate.ts";

/** The options of `listContactOrders`. */
export interface ListContactOrdersOptions {
  /** The index of the first order. Defaults to Engage's (`0`). */
  offset?: number | undefined;
  /** The page size. Defaults to Engage's (`10`). */
  count?: number | undefined;
  /** Aborts the request. */
  signal?: AbortSignal | undefined;
}

/**
 * Reads one page of a contact's orders. `next` and `previous` hold the links whichever way
 * Engage gave them (a `links` array or object).
 *
 * @example
 * ```ts
 * const page = await listContactOrders(client, contactId, { count: 25 });
 * ```
 */
export async function listContactOrders(
  client: OrdersClient,
  contactId: string,
  options: ListContactOrdersOptions = {},
): Promise<ContactOrdersPage> {
  let query = `?contactId=${encodeURIComponent(need(contactId, "contactId"))}`;
  for (const key of ["offset", "count"] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (!(Number.isInteger(value) && value >= 0)) invalid(key, "must be a non-negative integer");
    query += `&${key}=${value}`;
  }
  return readPage(client, `/api/v3/orders${query}`, options.signal);
}

/** Reads a page from a path or link and normalizes its links. */
export async function readPage(
  client: OrdersClient,
  target: string,
  signal?: AbortSignal,
): Promise<ContactOrdersPage> {
  const reply = await send(client, "GET", target, { signal });
  const page = objectBody(reply);
  if (!Array.isArray(page.items)) malformed(reply, "has no items list");
  const { links } = page;
  // Engage gives links as `[{ rel, href }]`; an object keyed by rel is read too.
  const link = (rel: string): string | undefined => {
    if (Array.isArray(links)) {
      return nonEmptyString(links.find((entry) => isObject(entry) && entry.rel === rel)?.href);
    }
    return isObject(links) ? nonEmptyString(links[rel]) : undefined;
  };
  return { ...page, next: link("next"), previous: link("previous") } as ContactOrdersPage;
}
