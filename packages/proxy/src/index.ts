export { createOrdersProxy } from "./createOrdersProxy.ts";
export { type DecodedPath, decodePathSegments } from "./decodePathSegments.ts";
export { defaultForwardedRequestHeaders } from "./forwardedHeaders.ts";
export {
  type OrdersMethod,
  type OrdersRoute,
  type OrdersRouteName,
  ordersRouteNames,
  ordersRoutes,
} from "./ordersRoutes.ts";
export type {
  AuthorizeContext,
  AuthorizeResult,
  FetchLike,
  OrdersProxy,
  OrdersProxyCors,
  OrdersProxyEvent,
  OrdersProxyOptions,
  OrdersProxyOutcome,
} from "./types.ts";
