import type { OrdersRouteName } from "@engage-orders/schemas";

/** The name of one Orders API route, shared with the emulator and the core's operation names. */
export type { OrdersRouteName };

/** The HTTP methods the Orders API uses. */
export type OrdersMethod = "GET" | "POST" | "PUT" | "DELETE";

/** The description of one Orders API route: its method, path pattern and query parameters. */
export interface OrdersRoute {
  /** The route's name. */
  readonly name: OrdersRouteName;
  /** The HTTP method. */
  readonly method: OrdersMethod;
  /** The path pattern; `{orderId}` and `{jobId}` stand for one URL-encoded segment each. */
  readonly pattern: string;
  /**
   * The query parameters the route documents, spelled as Engage documents them. Only these
   * are forwarded; any other is refused with 400. Engage reads names without regard to case,
   * so `contactid` counts as `contactId` (and is forwarded under that spelling).
   */
  readonly query: readonly string[];
  /** The query parameters the route needs; a request without them is refused with 400. */
  readonly requiredQuery: readonly string[];
}

/**
 * The Orders API routes the proxy can forward, in match order: literal segments such as
 * `jobs` come before `{orderId}` so `/api/v3/orders/jobs/{jobId}` never reads as an order.
 */
export const ordersRoutes: readonly OrdersRoute[] = [
  {
    name: "listContactOrders",
    method: "GET",
    pattern: "/api/v3/orders",
    query: ["contactId", "offset", "count"],
    requiredQuery: ["contactId"],
  },
  { name: "createOrder", method: "POST", pattern: "/api/v3/orders", query: [], requiredQuery: [] },
  {
    name: "getJob",
    method: "GET",
    pattern: "/api/v3/orders/jobs/{jobId}",
    query: [],
    requiredQuery: [],
  },
  {
    name: "getOrder",
    method: "GET",
    pattern: "/api/v3/orders/{orderId}",
    query: ["contactId"],
    requiredQuery: [],
  },
  {
    name: "replaceOrder",
    method: "PUT",
    pattern: "/api/v3/orders/{orderId}",
    query: [],
    requiredQuery: [],
  },
  {
    name: "deleteOrder",
    method: "DELETE",
    pattern: "/api/v3/orders/{orderId}",
    query: [],
    requiredQuery: [],
  },
  {
    name: "triggerAction",
    method: "POST",
    pattern: "/api/v3/orders/{orderId}/action",
    query: [],
    requiredQuery: [],
  },
  {
    name: "changeOrderStatus",
    method: "POST",
    pattern: "/api/v3/orders/{orderId}/change-status",
    query: [],
    requiredQuery: [],
  },
  {
    name: "changeOrderDelivery",
    method: "POST",
    pattern: "/api/v3/orders/{orderId}/change-delivery",
    query: [],
    requiredQuery: [],
  },
  {
    name: "registerOrderV2",
    method: "POST",
    pattern: "/api/v2/orders",
    query: [],
    requiredQuery: [],
  },
];

/** The names of every route the proxy knows: the default allow-list. */
export const ordersRouteNames: readonly OrdersRouteName[] = ordersRoutes.map((route) => route.name);
