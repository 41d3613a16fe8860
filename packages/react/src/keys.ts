// Every SWR key of this package starts with one of these tags, so the hooks can find (and
// revalidate) each other's data without touching keys that belong to the application.

/** The tag of `useOrder` keys: `[ORDER_KEY, orderId, contactId]`. */
export const ORDER_KEY = "@engage-orders/order";

/** The tag of `useContactOrders` page keys: `[ORDERS_KEY, contactId, count, offset]`. */
export const ORDERS_KEY = "@engage-orders/orders";

/** The tag of mutation keys: `[MUTATION_KEY, operation, orderId]`. */
export const MUTATION_KEY = "@engage-orders/mutation";
