import type { OrdersRouteName } from "./ordersRoutes.ts";
import type { OrdersProxyOptions } from "./types.ts";

/** Reads one environment variable, `undefined` when unset. */
export type ReadEnv = (name: string) => string | undefined;

/**
 * The environment variables the Worker and Deno entries read:
 * `ENGAGE_BASE_URL` and `ENGAGE_API_KEY` (required), `ALLOWED_ORIGINS` (comma-separated
 * origins, or `*`), `ENGAGE_USER_AGENT`, `ENGAGE_API_KEY_HEADER`, `PROXY_BASE_PATH`,
 * `PROXY_PUBLIC_ORIGIN`, `PROXY_RATE_LIMIT` (requests per second, or `off`) and
 * `ALLOWED_ROUTES` (comma-separated route names).
 */
export const proxyEnvNames = [
  "ENGAGE_BASE_URL",
  "ENGAGE_API_KEY",
  "ALLOWED_ORIGINS",
  "ENGAGE_USER_AGENT",
  "ENGAGE_API_KEY_HEADER",
  "PROXY_BASE_PATH",
  "PROXY_PUBLIC_ORIGIN",
  "PROXY_RATE_LIMIT",
  "ALLOWED_ROUTES",
] as const;

function list(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * Creates proxy options from environment variables, throwing a `TypeError` that names a
 * missing variable (never its value). Options in `overrides` win over the environment.
 */
export function proxyOptionsFromEnv(
  read: ReadEnv,
  overrides: Partial<OrdersProxyOptions> = {},
): OrdersProxyOptions {
  const value = (name: (typeof proxyEnvNames)[number]) => {
    const raw = read(name)?.trim();
    return raw === undefined || raw === "" ? undefined : raw;
  };
  const baseUrl = overrides.baseUrl ?? value("ENGAGE_BASE_URL");
  if (baseUrl === undefined)
    throw new TypeError("The environment variable ENGAGE_BASE_URL is not set.");
  const apiKey = overrides.apiKey ?? value("ENGAGE_API_KEY");
  if (apiKey === undefined)
    throw new TypeError("The environment variable ENGAGE_API_KEY is not set.");
  const origins = value("ALLOWED_ORIGINS");
  const userAgent = value("ENGAGE_USER_AGENT");
  const apiKeyHeader = value("ENGAGE_API_KEY_HEADER");
  const basePath = value("PROXY_BASE_PATH");
  const publicOrigin = value("PROXY_PUBLIC_ORIGIN");
  const routes = value("ALLOWED_ROUTES");
  const rate = value("PROXY_RATE_LIMIT");
  let rateLimit: OrdersProxyOptions["rateLimit"];
  if (rate !== undefined) {
    rateLimit = rate.toLowerCase() === "off" ? false : { perSecond: Number(rate) };
    if (rateLimit !== false && !(rateLimit.perSecond > 0)) {
      throw new TypeError("The environment variable PROXY_RATE_LIMIT must be a number or off.");
    }
  }
  return {
    ...(origins === undefined ? {} : { cors: { origins: origins === "*" ? "*" : list(origins) } }),
    ...(userAgent === undefined ? {} : { userAgent }),
    ...(apiKeyHeader === undefined ? {} : { apiKeyHeader }),
    ...(basePath === undefined ? {} : { basePath }),
    ...(publicOrigin === undefined ? {} : { publicOrigin }),
    ...(routes === undefined ? {} : { allowedRoutes: list(routes) as OrdersRouteName[] }),
    ...(rateLimit === undefined ? {} : { rateLimit }),
    ...overrides,
    baseUrl,
    apiKey,
  };
}
