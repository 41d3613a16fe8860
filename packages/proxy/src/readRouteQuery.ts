import type { ProxyFieldError } from "./errorResponse.ts";
import type { OrdersRoute } from "./ordersRoutes.ts";

/** The query of a request as the route will forward it, or why it is refused. */
export type RouteQuery =
  | {
      readonly ok: true;
      /** Each documented parameter given, under its documented spelling. No prototype. */
      readonly query: Readonly<Record<string, string>>;
    }
  | { readonly ok: false; readonly message: string; readonly error: ProxyFieldError };

// Engage compares parameter names without regard to case, ASCII letters only: a wider
// folding (`İ`, the Kelvin sign) must not make a name match here that Engage would not read.
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/**
 * Reads a request's query the way Engage will: names compared without regard to case, so
 * `contactid` is `contactId`. Only the parameters the route documents are kept, renamed to
 * their documented spelling; an unknown parameter, a parameter given twice in any spelling and
 * a missing required one are refused, so what `authorize` checks is exactly what Engage reads.
 */
export function readRouteQuery(params: URLSearchParams, route: OrdersRoute): RouteQuery {
  // No prototype: `?constructor=…` or `?__proto__=…` are plain parameters here.
  const query: Record<string, string> = Object.create(null);
  for (const [name, value] of params) {
    const documented = route.query.find(
      (candidate) => asciiLowerCase(candidate) === asciiLowerCase(name),
    );
    if (documented === undefined) {
      const takes =
        route.query.length === 0 ? "no query parameters" : `only ${route.query.join(", ")}`;
      return refused(
        `The query parameter "${name}" is not forwarded: ${route.name} takes ${takes}.`,
        {
          field: `query.${name}`,
          message: "is not a parameter of this route",
        },
      );
    }
    if (Object.hasOwn(query, documented)) {
      // Two values let a check read one while upstream reads the other.
      return refused(`The query repeats "${documented}" (names are compared ignoring case).`, {
        field: `query.${documented}`,
        message: "must appear at most once, in any spelling",
      });
    }
    query[documented] = value;
  }
  for (const name of route.requiredQuery) {
    if (!query[name]) {
      return refused(`The query needs "${name}".`, {
        field: `query.${name}`,
        message: "is required",
      });
    }
  }
  return { ok: true, query };
}

function refused(message: string, error: ProxyFieldError): RouteQuery {
  return { ok: false, message, error };
}
