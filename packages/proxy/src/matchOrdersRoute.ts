import type { OrdersMethod, OrdersRoute } from "./ordersRoutes.ts";

/** The outcome of matching a decoded path against the allowed routes. */
export type RouteMatch =
  | {
      readonly kind: "matched";
      readonly route: OrdersRoute;
      /** The decoded path parameters, e.g. `{ orderId: "A/1" }`. */
      readonly params: Readonly<Record<string, string>>;
    }
  | { readonly kind: "wrong-method"; readonly allow: readonly OrdersMethod[] }
  | { readonly kind: "not-found" };

/**
 * Matches decoded path segments (`["api", "v3", "orders", "A-1"]`) against `routes`, telling a
 * known path with the wrong method (405) apart from an unknown path (404).
 */
export function matchOrdersRoute(
  routes: readonly OrdersRoute[],
  method: string,
  segments: readonly string[],
): RouteMatch {
  const allow: OrdersMethod[] = [];
  let pathMatched = false;
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (params === undefined) continue;
    if (route.method === method) return { kind: "matched", route, params };
    pathMatched = true;
    if (!allow.includes(route.method)) allow.push(route.method);
  }
  return pathMatched ? { kind: "wrong-method", allow } : { kind: "not-found" };
}

function matchPattern(
  pattern: string,
  segments: readonly string[],
): Record<string, string> | undefined {
  const parts = pattern.split("/").slice(1);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index];
    // The lengths match (checked above); the guard only tells the type checker.
    if (segment === undefined) return undefined;
    if (part.startsWith("{") && part.endsWith("}")) {
      if (segment === "") return undefined;
      params[part.slice(1, -1)] = segment;
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}
