import type { OrdersClient } from "./createOrdersClient.ts";
import { type ListContactOrdersOptions, listContactOrders, readPage } from "./listContactOrders.ts";
import { rebase } from "./paths.ts";
import type { ContactOrdersPage } from "./types.ts";

/**
 * Iterates over every page of a contact's orders, following the `next` links (kept on the
 * client's own origin) until there is none. A link seen before ends the walk, so a server
 * that loops cannot make it run forever.
 *
 * @example
 * ```ts
 * for await (const page of contactOrderPages(client, contactId)) {
 *   for (const order of page.items) console.log(order.orderId);
 * }
 * ```
 */
export async function* contactOrderPages(
  client: OrdersClient,
  contactId: string,
  options: ListContactOrdersOptions = {},
): AsyncGenerator<ContactOrdersPage, void, undefined> {
  const seen = new Set<string>();
  let page = await listContactOrders(client, contactId, options);
  for (;;) {
    yield page;
    const next = page.next && rebase(client, page.next);
    if (!next || seen.has(next)) return;
    seen.add(next);
    page = await readPage(client, next, options.signal);
  }
}
