import type { EngageEmulator, LatencyProfileName } from "@engage-orders/emulator";
import {
  type AuthorizeContext,
  type AuthorizeResult,
  createOrdersProxy,
  type OrdersProxyEvent,
  type OrdersRouteName,
} from "@engage-orders/proxy";
import { createDemoEmulator, emulatorOrigin } from "./createDemoEmulator.ts";
import { type DemoEnvironment, type DemoMode, demoModeFromEnvironment } from "./demoMode.ts";
import { createEmulatorControlRoutes } from "./emulatorControlRoutes.ts";
import { errorAnswer, jsonAnswer } from "./jsonAnswer.ts";

/** The path the Orders proxy is mounted under; the browser's core client uses it as `baseUrl`. */
export const proxyBasePath = "/engage";

/** The path of the demo's own routes (configuration and emulator controls). */
export const demoApiPath = "/demo-api";

/**
 * The Orders routes the page uses, and so the only ones the proxy forwards: everything v3.
 * Orders v2 (order communication, no duplicate check) is left out, since the page never sends it.
 */
export const demoProxyRoutes: readonly OrdersRouteName[] = [
  "listContactOrders",
  "createOrder",
  "getJob",
  "getOrder",
  "replaceOrder",
  "deleteOrder",
  "triggerAction",
  "changeOrderStatus",
  "changeOrderDelivery",
];

/** The `User-Agent` the proxy sends upstream (Engage requires `system/version`). */
export const demoUserAgent = "EngageOrdersDemo/0.1";

/** The options of `createDemoApp`. */
export interface DemoAppOptions {
  /**
   * The origin the page is served from, e.g. `http://127.0.0.1:5173`: the only origin whose
   * requests the proxy forwards and the demo's routes answer. Never taken from `Host`.
   */
  publicOrigin: string;
  /** Where `ENGAGE_BASE_URL` and `ENGAGE_API_KEY` are read from. Defaults to `{}` (emulator). */
  env?: DemoEnvironment;
  /** The key the proxy and the emulator share in emulator mode. Defaults to a random `test-key-demo-…`. */
  emulatorApiKey?: string;
  /** The emulator's job latency at start. Defaults to `"realistic"`. */
  latency?: LatencyProfileName;
  /** Whether the emulator starts with example orders. Defaults to `true`. */
  seedOrders?: boolean;
  /** Passed to the proxy: decides whether a browser request is forwarded. Defaults to allowing all. */
  authorize?: (
    request: Request,
    context: AuthorizeContext,
  ) => AuthorizeResult | Promise<AuthorizeResult>;
  /** Receives the proxy's event for every browser request (never the key). */
  onProxyRequest?: (event: OrdersProxyEvent) => void;
  /** Sees every request the proxy forwards upstream, before it leaves (tests count them). */
  onUpstreamRequest?: (request: Request) => void;
}

/** The demo's request handling, independent of the HTTP server. */
export interface DemoApp {
  /** Answers a proxy or demo route, or `undefined` when the path belongs to the page. */
  handle(request: Request): Promise<Response | undefined>;
  /** Emulator or tenant. */
  readonly mode: DemoMode["kind"];
  /** The in-process emulator (emulator mode only). */
  readonly emulator: EngageEmulator | undefined;
}

/** Refuses a request that another site's page makes (a form post or fetch from elsewhere). */
function isCrossSite(request: Request, publicOrigin: string): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== publicOrigin) return true;
  return request.headers.get("sec-fetch-site") === "cross-site";
}

/**
 * Creates the demo's server side: the Orders proxy under `/engage` (forwarding in-process to
 * the emulator, or to the tenant from `ENGAGE_BASE_URL`), `/demo-api/config` for the page, and
 * in emulator mode the emulator controls under `/demo-api/emulator`. The API key stays here:
 * the proxy adds it upstream and redacts it from everything it answers.
 */
export async function createDemoApp(options: DemoAppOptions): Promise<DemoApp> {
  const mode = demoModeFromEnvironment(options.env ?? {});
  const latency = options.latency ?? "realistic";
  let emulator: EngageEmulator | undefined;
  let upstream: { baseUrl: string; apiKey: string; fetch: (request: Request) => Promise<Response> };
  if (mode.kind === "tenant") {
    upstream = { baseUrl: mode.baseUrl, apiKey: mode.apiKey, fetch: (request) => fetch(request) };
  } else {
    const apiKey = options.emulatorApiKey ?? `test-key-demo-${crypto.randomUUID()}`;
    const local = await createDemoEmulator({
      apiKey,
      latency,
      ...(options.seedOrders === undefined ? {} : { seedOrders: options.seedOrders }),
    });
    emulator = local;
    upstream = { baseUrl: emulatorOrigin, apiKey, fetch: (request) => local.fetch(request) };
  }
  const { onUpstreamRequest } = options;
  const proxy = createOrdersProxy({
    baseUrl: upstream.baseUrl,
    apiKey: upstream.apiKey,
    userAgent: demoUserAgent,
    basePath: proxyBasePath,
    publicOrigin: options.publicOrigin,
    allowedRoutes: demoProxyRoutes,
    fetch: (request) => {
      onUpstreamRequest?.(request);
      return upstream.fetch(request);
    },
    ...(options.authorize ? { authorize: options.authorize } : {}),
    ...(options.onProxyRequest ? { onRequest: options.onProxyRequest } : {}),
  });
  const controls = emulator && createEmulatorControlRoutes(emulator, latency);
  const config = {
    mode: mode.kind,
    proxyPath: proxyBasePath,
    // The tenant's host only, so a person sees where orders go; never the key.
    tenant: mode.kind === "tenant" ? new URL(mode.baseUrl).host : null,
  };

  return {
    mode: mode.kind,
    emulator,
    async handle(request) {
      const url = new URL(request.url);
      if (url.pathname === proxyBasePath || url.pathname.startsWith(`${proxyBasePath}/`)) {
        return proxy(request);
      }
      if (url.pathname !== demoApiPath && !url.pathname.startsWith(`${demoApiPath}/`)) {
        return undefined;
      }
      if (isCrossSite(request, options.publicOrigin)) {
        return errorAnswer(403, "Forbidden", "The demo's routes answer its own page only.");
      }
      const hasBody = request.method === "POST" || request.method === "PUT";
      if (hasBody && !/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
        return errorAnswer(
          415,
          "UnsupportedMediaType",
          "Send JSON (Content-Type: application/json).",
        );
      }
      if (request.method === "GET" && url.pathname === `${demoApiPath}/config`) {
        return jsonAnswer(200, config);
      }
      const answer = controls && (await controls(request, url));
      return answer ?? errorAnswer(404, "RouteNotFound", "The demo does not serve this path.");
    },
  };
}
