import type { EmulatorClock } from "./clock.ts";
import type { EmulatorSettings, RouteContext } from "./context.ts";
import type { ConventionSettings } from "./conventions.ts";
import { authenticate, checkHeaders, readJsonBody } from "./conventions.ts";
import { drawFaults, htmlErrorPage, networkError, truncateResponse } from "./faults.ts";
import { errorResponse, invalidRequest } from "./http.ts";
import type { JobEnvironment } from "./jobEnvironment.ts";
import { enqueueJob, settleJobs } from "./jobs.ts";
import type { RateLimiter } from "./rateLimiter.ts";
import type { RouteName } from "./router.ts";
import { matchRoute } from "./router.ts";
import { routeHandlers } from "./routes/routeHandlers.ts";
import type { RandomStreams } from "./snapshot.ts";
import { toProblemDetails } from "./variants.ts";

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

/** Answers 429, with `Retry-After` in seconds unless the `retryAfter` variant is off. */
function rateLimited(runtime: EmulatorRuntime, seconds: number): Response {
  const headers: Record<string, string> = runtime.settings.variants.retryAfter
    ? { "retry-after": String(seconds) }
    : {};
  return errorResponse(429, "RateLimited", "Too many requests for this API key.", [], headers);
}

/** Hides the caller's API key if a response would echo it back (e.g. sent as an order id). */
async function withoutKey(response: Response, apiKey: string): Promise<Response> {
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  const location = headers.get("location");
  if (location !== null) headers.set("location", location.split(apiKey).join("[redacted]"));
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
  if (retryAfter > 0) return rateLimited(runtime, retryAfter);
  const headerProblem = checkHeaders(request, conventions);
  if (headerProblem) return headerProblem;
  let body: unknown;
  let echoesKey = url.href.includes(auth.apiKey);
  if (request.method === "POST" || request.method === "PUT") {
    const read = await readJsonBody(request, conventions.maxBodyBytes);
    if (!read.ok) return read.response;
    body = read.body;
    echoesKey ||= read.text.includes(auth.apiKey);
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

/** The faults that act on an answer after the work is done. */
interface AfterFaults {
  dropAfter: boolean;
  truncate: boolean;
}

/** Whether an answer is one of our JSON error bodies (Engage's own 500 is left as it is). */
function isErrorBody(response: Response): boolean {
  return (
    response.status >= 400 &&
    response.status !== 500 &&
    (response.headers.get("content-type") ?? "").startsWith("application/json")
  );
}

/** Answers one request: routing, faults, conventions, the route handler, then the answer's variants and faults. */
export async function handleRequest(runtime: EmulatorRuntime, request: Request): Promise<Response> {
  const after: AfterFaults = { dropAfter: false, truncate: false };
  let response = await routeRequest(runtime, request, after);
  if (runtime.settings.variants.errorFormat === "problem" && isErrorBody(response)) {
    response = await toProblemDetails(response);
  }
  if (after.dropAfter) {
    await response.body?.cancel();
    throw networkError("after");
  }
  return after.truncate ? truncateResponse(response) : response;
}

async function routeRequest(
  runtime: EmulatorRuntime,
  request: Request,
  after: AfterFaults,
): Promise<Response> {
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
  if (faults.rateLimit) return rateLimited(runtime, 1);
  after.dropAfter = faults.dropAfter;
  after.truncate = faults.truncate;
  return processRequest(runtime, request, url, match.route, match.params, faults.stall);
}
