/**
 * The names of the Orders API's routes, in contract order, matching the core client's
 * operation names. The emulator (per-route faults) and the proxy (its allow-list) both use
 * them, so a route is named the same everywhere.
 */
export const ordersRouteNames = [
  "listContactOrders",
  "createOrder",
  "getOrder",
  "replaceOrder",
  "deleteOrder",
  "getJob",
  "triggerAction",
  "changeOrderStatus",
  "changeOrderDelivery",
  "registerOrderV2",
] as const;

/** The name of one Orders API route, e.g. `"getOrder"`. */
export type OrdersRouteName = (typeof ordersRouteNames)[number];
