export { createOrdersProxy } from "./createOrdersProxy";
export { type DecodedPath, decodePathSegments } from "./decodePathSegments";
export { defaultForwardedRequestHeaders } from "./forwardedHeaders";
export {
  type OrdersMethod,
  type OrdersRoute,
  type OrdersRouteName,
  ordersRouteNames,
  ordersRoutes,
} from "./ordersRoutes";
export type {
  AuthorizeContext,
  AuthorizeResult,
  FetchLike,
  OrdersProxy,
  OrdersProxyCors,
  OrdersProxyEvent,
  OrdersProxyOptions,
  OrdersProxyOutcome,
} from "./types";
