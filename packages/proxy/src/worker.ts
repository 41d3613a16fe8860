import { createOrdersProxy } from "./createOrdersProxy.ts";
import { errorResponse } from "./errorResponse.ts";
import { proxyOptionsFromEnv } from "./proxyOptionsFromEnv.ts";
import type { OrdersProxy, OrdersProxyOptions } from "./types.ts";

/** The Worker bindings the proxy reads; set `ENGAGE_API_KEY` with `wrangler secret put`. */
export interface OrdersProxyWorkerEnv {
  /** The Engage tenant, e.g. `https://tenant.voyado.com`. */
  readonly ENGAGE_BASE_URL?: string;
  /** The Engage API key: a secret, never a `[vars]` entry. */
  readonly ENGAGE_API_KEY?: string;
  /** Comma-separated browser origins allowed by CORS, or `*`. */
  readonly ALLOWED_ORIGINS?: string;
  /** The `User-Agent` sent to Engage, `system/version`. */
  readonly ENGAGE_USER_AGENT?: string;
  /** The header carrying the key, when not `apikey`. */
  readonly ENGAGE_API_KEY_HEADER?: string;
  /** The path the Worker is mounted under, e.g. `/engage`. */
  readonly PROXY_BASE_PATH?: string;
  /**
   * The origin of the shop's own pages that call the proxy same-site: with `ALLOWED_ORIGINS`,
   * the only origins whose browser requests are forwarded (the `Host` never counts).
   */
  readonly PROXY_PUBLIC_ORIGIN?: string;
  /** Requests forwarded per second by each isolate, or `off`. */
  readonly PROXY_RATE_LIMIT?: string;
  /** Comma-separated route names to forward, when not all of them. */
  readonly ALLOWED_ROUTES?: string;
}

/** A Cloudflare Worker module: an object with a `fetch(request, env)` method. */
export interface OrdersProxyWorker {
  /** Answers one request. */
  fetch(request: Request, env: OrdersProxyWorkerEnv): Promise<Response>;
}

/**
 * Creates a Cloudflare Worker module that runs the Orders proxy from its bindings. Options
 * that cannot live in the environment (an `authorize` hook, `onRequest` logging) come from
 * `overrides`, a function of `env` so a hook can reach other bindings.
 *
 * @example
 * ```ts
 * import { createOrdersProxyWorker } from "@engage-orders/proxy/worker";
 * export default createOrdersProxyWorker((env) => ({
 *   authorize: (request) => verifySession(request, env.SESSION_SECRET),
 * }));
 * ```
 */
export function createOrdersProxyWorker<Env extends OrdersProxyWorkerEnv = OrdersProxyWorkerEnv>(
  overrides: (env: Env) => Partial<OrdersProxyOptions> = () => ({}),
): { fetch(request: Request, env: Env): Promise<Response> } {
  // Bindings are fixed for an isolate's life: build the proxy once per env object.
  const proxies = new WeakMap<Env, OrdersProxy>();
  return {
    async fetch(request, env) {
      let proxy = proxies.get(env);
      if (proxy === undefined) {
        try {
          proxy = createOrdersProxy(
            proxyOptionsFromEnv((name) => readBinding(env, name), overrides(env)),
          );
        } catch (error) {
          // Names the missing or malformed setting; option errors never carry the key.
          const message = error instanceof Error ? error.message : "The proxy is misconfigured.";
          return errorResponse(500, "ProxyMisconfigured", message);
        }
        proxies.set(env, proxy);
      }
      return proxy(request);
    },
  };
}

function readBinding(env: object, name: string): string | undefined {
  const value = (env as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The ready-made Worker: the proxy configured from bindings alone, with no `authorize` hook.
 * Deploy it only behind your own access control (Cloudflare Access, a same-site session
 * check in front), or use {@link createOrdersProxyWorker} with `authorize`.
 */
const worker: OrdersProxyWorker = /* @__PURE__ */ createOrdersProxyWorker();
export default worker;
