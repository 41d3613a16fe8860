import { corsHeaders, isOriginAllowed, preflightHeaders } from "./corsHeaders.ts";
import { decodePathSegments } from "./decodePathSegments.ts";
import { errorResponse } from "./errorResponse.ts";
import { forwardToUpstream } from "./forwardToUpstream.ts";
import { matchOrdersRoute } from "./matchOrdersRoute.ts";
import { readBodyWithDeadline } from "./readBodyWithLimit.ts";
import { readRouteQuery } from "./readRouteQuery.ts";
import { redactText } from "./redactSecret.ts";
import { resolveProxyOptions } from "./resolveProxyOptions.ts";
import type { OrdersProxy, OrdersProxyEvent, OrdersProxyOptions } from "./types.ts";
import type { ForwardResult } from "./upstreamExchange.ts";

const jsonMediaType = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

type Answer = Omit<ForwardResult, "response"> & { readonly response: Response };

/**
 * Creates the Orders proxy: a web-standard fetch handler that forwards only the allowed Engage
 * Orders routes, injects the API key, `User-Agent` and `Content-Type`, and never lets the key
 * reach the browser. Everything it refuses is answered locally; nothing refused is forwarded.
 *
 * @example
 * ```ts
 * const proxy = createOrdersProxy({
 *   baseUrl: "https://tenant.voyado.com",
 *   apiKey: env.ENGAGE_API_KEY,
 *   userAgent: "AcmeShop/1.0",
 *   basePath: "/engage",
 *   authorize: async (request) => (await getSession(request)) !== null,
 * });
 * export default { fetch: proxy };
 * ```
 */
export function createOrdersProxy(options: OrdersProxyOptions): OrdersProxy {
  const config = resolveProxyOptions(options);

  const answerHeaders = (origin: string | null): Record<string, string> => ({
    ...corsHeaders(origin, config.cors),
    // Orders hold personal data: no shared cache may keep them.
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });

  const ordersProxy = async (request: Request): Promise<Response> => {
    const started = config.now();
    const url = new URL(request.url);
    const origin = request.headers.get("origin");
    const belowBase = url.pathname.startsWith(`${config.basePath}/`)
      ? url.pathname.slice(config.basePath.length)
      : undefined;
    let route: OrdersProxyEvent["route"];

    const finish = (answer: Answer): Response => {
      if (answer.outcome !== "forwarded") void request.body?.cancel().catch(() => {});
      const headers = new Headers(answer.response.headers);
      for (const [name, value] of Object.entries(answerHeaders(origin))) headers.set(name, value);
      const response = new Response(answer.response.body, {
        status: answer.response.status,
        statusText: answer.response.statusText,
        headers,
      });
      emit({
        method: request.method,
        path: belowBase ?? url.pathname,
        ...(route === undefined ? {} : { route }),
        outcome: answer.outcome,
        status: response.status,
        ...(answer.upstreamStatus === undefined ? {} : { upstreamStatus: answer.upstreamStatus }),
        durationMs: config.now() - started,
        ...(answer.redacted === undefined ? {} : { redacted: answer.redacted }),
        ...(answer.error === undefined ? {} : { error: answer.error }),
      });
      return response;
    };
    const refuse = (
      outcome: Answer["outcome"],
      ...args: Parameters<typeof errorResponse>
    ): Response => finish({ outcome, response: errorResponse(...args) });

    if (belowBase === undefined) {
      return refuse("not-found", 404, "RouteNotFound", "The proxy does not serve this path.");
    }
    const decoded = decodePathSegments(belowBase);
    if (!decoded.ok) {
      return refuse("invalid-path", 400, "InvalidRequest", `The request path ${decoded.reason}.`, [
        { field: "path", message: decoded.reason },
      ]);
    }

    const preflightMethod = request.headers.get("access-control-request-method");
    const isPreflight = request.method === "OPTIONS" && origin !== null && preflightMethod !== null;
    const match = matchOrdersRoute(
      config.routes,
      isPreflight ? preflightMethod : request.method,
      decoded.segments,
    );
    if (match.kind === "not-found") {
      return refuse("not-found", 404, "RouteNotFound", "The proxy does not forward this path.");
    }
    // Whether a browser page may call the proxy is never read from the request URL: its host
    // comes from the `Host` header, which a DNS-rebinding page controls together with
    // `Origin`. Only the configured public origin and the CORS allow-list count.
    if (
      origin !== null &&
      origin !== config.publicOrigin &&
      !isOriginAllowed(origin, config.cors)
    ) {
      return finish({
        outcome: "origin-refused",
        response: errorResponse(403, "OriginNotAllowed", "This origin may not call the proxy."),
        error:
          config.publicOrigin === undefined && config.cors === undefined
            ? "no publicOrigin and no cors.origins are configured, so no browser origin may call"
            : "the Origin is neither publicOrigin nor in cors.origins",
      });
    }
    if (isPreflight || request.method === "OPTIONS") {
      const methods =
        match.kind === "matched"
          ? config.routes
              .filter((candidate) => candidate.pattern === match.route.pattern)
              .map((candidate) => candidate.method)
          : match.allow;
      const cors = config.cors;
      if (isPreflight && (match.kind !== "matched" || cors === undefined)) {
        return refuse(
          "method-not-allowed",
          405,
          "MethodNotAllowed",
          "Method not allowed here.",
          [],
          {
            allow: methods.join(", "),
          },
        );
      }
      const headers: Record<string, string> = { allow: methods.join(", ") };
      if (isPreflight && cors !== undefined)
        Object.assign(headers, preflightHeaders(methods, cors));
      return finish({
        outcome: isPreflight ? "preflight" : "options",
        response: new Response(null, { status: 204, headers }),
      });
    }
    if (match.kind === "wrong-method") {
      return refuse(
        "method-not-allowed",
        405,
        "MethodNotAllowed",
        `${request.method} is not allowed here; use ${match.allow.join(" or ")}.`,
        [],
        { allow: match.allow.join(", ") },
      );
    }
    route = match.route.name;

    const routeQuery = readRouteQuery(url.searchParams, match.route);
    if (!routeQuery.ok) {
      return refuse("invalid-request", 400, "InvalidRequest", routeQuery.message, [
        routeQuery.error,
      ]);
    }
    const query = routeQuery.query;

    const takesBody = request.method === "POST" || request.method === "PUT";
    if (takesBody && !jsonMediaType.test(request.headers.get("content-type") ?? "")) {
      // Requiring JSON also forces a CORS preflight on cross-site form posts.
      return refuse("unsupported-media-type", 415, "UnsupportedMediaType", "Send JSON.", [
        { field: "headers.content-type", message: "must be application/json" },
      ]);
    }
    const declaredLength = Number(request.headers.get("content-length") ?? "0");
    if (Number.isFinite(declaredLength) && declaredLength > config.maxBodyBytes) {
      return tooLarge();
    }

    try {
      const verdict = config.authorize
        ? await config.authorize(request, { route, params: match.params, query })
        : true;
      if (verdict instanceof Response) {
        const outcome = verdict.status === 401 ? "unauthorized" : "forbidden";
        return finish({ outcome, response: verdict });
      }
      if (verdict !== true) {
        return refuse("forbidden", 403, "Forbidden", "This request is not allowed.");
      }
    } catch (error) {
      return finish({
        outcome: "unauthorized",
        response: errorResponse(401, "Unauthorized", "The request could not be authenticated."),
        error: redactText(
          error instanceof Error ? error.message : String(error),
          config.secretPattern,
        ),
      });
    }

    if (request.bodyUsed) {
      return finish({
        outcome: "proxy-error",
        response: errorResponse(500, "ProxyMisconfigured", "The proxy could not read the body."),
        error: "authorize consumed the request body; read it through request.clone()",
      });
    }
    const body = await readBodyWithDeadline(
      request.body,
      config.maxBodyBytes,
      config.bodyTimeoutMs,
    );
    if (!body.ok) {
      if (body.reason === "too-large") return tooLarge();
      if (body.reason === "too-slow") {
        return refuse(
          "request-timeout",
          408,
          "RequestTimeout",
          `The request body did not arrive within ${config.bodyTimeoutMs} ms.`,
          [{ field: "body", message: `must arrive within ${config.bodyTimeoutMs} ms` }],
        );
      }
      return refuse("invalid-request", 400, "InvalidRequest", "The request body broke off.", [
        { field: "body", message: "could not be read to its end" },
      ]);
    }
    if (!takesBody && body.bytes.byteLength > 0) {
      return refuse("invalid-request", 400, "InvalidRequest", `${request.method} takes no body.`, [
        { field: "body", message: "must be empty" },
      ]);
    }

    const waitMs = config.rateLimiter?.take() ?? 0;
    if (waitMs > 0) {
      return refuse(
        "rate-limited",
        429,
        "RateLimited",
        "Too many requests through the proxy; retry later.",
        [],
        { "retry-after": String(Math.ceil(waitMs / 1000)) },
      );
    }

    const path = decoded.segments.map((segment) => encodeURIComponent(segment)).join("/");
    const search = new URLSearchParams(query).toString();
    const result = await forwardToUpstream(
      {
        method: request.method,
        url: `${config.upstreamBase}/${path}${search === "" ? "" : `?${search}`}`,
        incomingHeaders: request.headers,
        body: takesBody ? body.bytes : undefined,
        signal: request.signal,
        // Links only: they go back to whoever asked, so the request's own origin is safe here.
        rewrite: {
          from: config.upstreamBase,
          to: `${config.publicOrigin ?? url.origin}${config.basePath}`,
        },
      },
      config,
      options,
    ).catch(
      // An injected fetch that breaks its contract (resolves to something not a Response).
      (error: unknown): ForwardResult => ({
        response: errorResponse(502, "UpstreamUnavailable", "The Engage API could not be reached."),
        outcome: "upstream-unavailable",
        error: redactText(String(error), config.secretPattern),
      }),
    );
    return finish(result);

    function tooLarge(): Response {
      return refuse(
        "payload-too-large",
        413,
        "PayloadTooLarge",
        `The request body is larger than ${config.maxBodyBytes} bytes.`,
        [{ field: "body", message: `must be at most ${config.maxBodyBytes} bytes` }],
      );
    }
  };
  return Object.assign(ordersProxy, { answerHeaders });

  function emit(event: OrdersProxyEvent): void {
    try {
      options.onRequest?.(event);
    } catch {
      // A logging hook must never turn an answer into an error.
    }
  }
}
