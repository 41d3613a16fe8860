import type { EmulatorClock } from "./clock.js";
import type { EmulatorSettings, RouteContext } from "./context.js";
import type { ConventionSettings } from "./conventions.js";
import { authenticate, checkHeaders, readJsonBody } from "./conventions.js";
import { drawFaults, htmlErrorPage, networkError, truncateResponse } from "./faults.js";
import { errorResponse, invalidRequest } from "./http.js";
import type { JobEnvironment } from "./jobs.js";
import { enqueueJob, settleJobs } from "./jobs.js";
import type { RateLimiter } from "./rateLimiter.js";
import type { RouteName } from "./router.js";
import { matchRoute } from "./router.js";
import { routeHandlers } from "./routes/routeHandlers.js";
import type { RandomStreams } from "./snapshot.js";

/** Everything a request needs from the emulator. */
export interface EmulatorRuntime {
  /** The clock. */
  clock: EmulatorClock;
  /** The random streams. */
  random: RandomStreams;
  /** The runtime-changeable settings. */
  settings: EmulatorSettings;
  /** The request conventions. */
  conventions: ConventionSettings;
  /** The per-key rate limiter, or `null` for none. */
  rateLimiter: RateLimiter | null;
  /** The fixed link origin, when configured. */
  baseUrl: string | undefined;
  /** The job environment over the current state. */
  jobs(): JobEnvironment;
}

/** Hides the caller's API key if a response would echo it back (e.g. sent as an order id). */
async function withoutKey(response: Response, apiKey: string): Promise<Response> {
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  const body =
    response.status === 204 || response.status === 304
      ? null
      : text.split(apiKey).join("[redacted]");
  return new Response(body, { status: response.status, headers });
}

async function processRequest(
  runtime: EmulatorRuntime,
  request: Request,
  url: URL,
  route: RouteName,
  params: RouteContext["params"],
  stall: boolean,
): Promise<Response> {
  const { conventions } = runtime;
  const auth = authenticate(request, conventions);
  if (!auth.ok) return auth.response;
  const retryAfter = runtime.rateLimiter?.take(auth.apiKey, runtime.clock.now()) ?? 0;
  if (retryAfter > 0) {
    return errorResponse(429, "RateLimited", "Too many requests for this API key.", [], {
      "retry-after": String(retryAfter),
    });
  }
  const headerProblem = checkHeaders(request, conventions);
  if (headerProblem) return headerProblem;
  let body: unknown;
  let echoesKey = url.href.includes(auth.apiKey);
  if (request.method === "POST" || request.method === "PUT") {
    const read = await readJsonBody(request, conventions.maxBodyBytes);
    if (!read.ok) return read.response;
    body = read.body;
    echoesKey ||= JSON.stringify(body).includes(auth.apiKey);
  }
  const jobs = runtime.jobs();
  const now = runtime.clock.now();
  settleJobs(jobs, now);
  const context: RouteContext = {
    request,
    url,
    origin: runtime.baseUrl ?? url.origin,
    params,
    body,
    now,
    state: jobs.state,
    settings: runtime.settings,
    jobs,
    enqueue: (job) => enqueueJob(jobs, now, { ...job, stalled: stall }),
  };
  let response: Response;
  try {
    response = await routeHandlers[route](context);
  } catch {
    // A bug must still look like a server answer, never crash the host.
    response = errorResponse(500, "InternalError", "The emulator failed unexpectedly.");
  }
  return echoesKey ? withoutKey(response, auth.apiKey) : response;
}

/** Answers one request: routing, faults, conventions, then the route handler. */
export async function handleRequest(runtime: EmulatorRuntime, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const match = matchRoute(request.method, url.pathname);
  if (match.kind === "notFound") {
    return errorResponse(404, "NotFound", "No endpoint of the Orders API has this path.");
  }
  if (match.kind === "badPath") return invalidRequest([{ field: "path", message: match.message }]);
  if (match.kind === "methodNotAllowed") {
    return errorResponse(
      405,
      "MethodNotAllowed",
      `Use ${match.allow.join(" or ")} on this path.`,
      [],
      {
        allow: match.allow.join(", "),
      },
    );
  }
  const faults = drawFaults(runtime.settings.faults, match.route, runtime.random.faults);
  if (faults.extraLatencyMs > 0) await runtime.clock.sleep(faults.extraLatencyMs);
  if (faults.dropBefore) throw networkError("before");
  if (faults.htmlError) return htmlErrorPage();
  if (faults.serverError) {
    return errorResponse(503, "ServiceUnavailable", "The service is temporarily unavailable.");
  }
  if (faults.rateLimit) {
    return errorResponse(429, "RateLimited", "Too many requests for this API key.", [], {
      "retry-after": "1",
    });
  }
  const response = await processRequest(
    runtime,
    request,
    url,
    match.route,
    match.params,
    faults.stall,
  );
  if (faults.dropAfter) {
    await response.body?.cancel();
    throw networkError("after");
  }
  return faults.truncate ? truncateResponse(response) : response;
}
