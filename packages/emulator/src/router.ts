import type { OrdersRouteName } from "@engage-orders/schemas";

/** The name of each endpoint of the contract, used for per-route faults and logs. */
export type RouteName = OrdersRouteName;

/** Every route name, in contract order. */
export const routeNames: readonly RouteName[] = [
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
];

/** The outcome of matching a method and path. */
export type RouteMatch =
  | { kind: "route"; route: RouteName; params: { orderId?: string; jobId?: string } }
  | { kind: "methodNotAllowed"; allow: string[] }
  | { kind: "badPath"; message: string }
  | { kind: "notFound" };

type Table = Record<string, RouteName>;

const orderCollection: Table = { GET: "listContactOrders", POST: "createOrder" };
const orderItem: Table = { GET: "getOrder", PUT: "replaceOrder", DELETE: "deleteOrder" };
const orderCommands: Record<string, RouteName> = {
  action: "triggerAction",
  "change-status": "changeOrderStatus",
  "change-delivery": "changeOrderDelivery",
};

function pick(
  table: Table,
  method: string,
  params: { orderId?: string; jobId?: string },
): RouteMatch {
  const route = table[method];
  return route
    ? { kind: "route", route, params }
    : { kind: "methodNotAllowed", allow: Object.keys(table) };
}

/**
 * Matches a request to a contract route. Path segments are split before they are decoded,
 * so an `orderId` containing an encoded `/` stays one segment.
 */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const raw = pathname.replace(/\/+$/, "").split("/").slice(1);
  let segments: string[];
  try {
    segments = raw.map((segment) => decodeURIComponent(segment));
  } catch {
    return { kind: "badPath", message: "The path contains a malformed percent-encoding." };
  }
  const [api, version, orders, id, command, extra] = segments;
  if (api !== "api" || orders !== "orders") return { kind: "notFound" };
  const upper = method.toUpperCase();
  if (version === "v2") {
    return segments.length === 3
      ? pick({ POST: "registerOrderV2" }, upper, {})
      : { kind: "notFound" };
  }
  if (version !== "v3") return { kind: "notFound" };
  if (id === undefined) return pick(orderCollection, upper, {});
  if (id === "") return { kind: "notFound" };
  if (command === undefined) return pick(orderItem, upper, { orderId: id });
  if (id === "jobs" && extra === undefined && command !== "" && !(command in orderCommands)) {
    return pick({ GET: "getJob" }, upper, { jobId: command });
  }
  const commandRoute = orderCommands[command];
  if (commandRoute && extra === undefined)
    return pick({ POST: commandRoute }, upper, { orderId: id });
  return { kind: "notFound" };
}
