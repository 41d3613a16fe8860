import type { EmulatorClock } from "./clock.ts";
import type { EmulatorSettings, RouteContext } from "./context.ts";
import type { ConventionSettings } from "./conventions.ts";
import { authenticate, checkHeaders, payloadTooLarge, readJsonBody } from "./conventions.ts";
import type { DrawnFaults } from "./faults.ts";
import { drawFaults, htmlErrorPage, networkError, truncateResponse } from "./faults.ts";
import { errorResponse, invalidRequest } from "./http.ts";
import type { JobEnvironment } from "./jobEnvironment.ts";
import { enqueueJob, settleJobs } from "./jobs.ts";
import type { SentText } from "./keyRedaction.ts";
import { sendsKey, withoutKeys } from "./keyRedaction.ts";
import type { RateLimiter } from "./rateLimiter.ts";
import { readLimitedBody } from "./readLimitedBody.ts";
import type { RouteMatch, RouteName } from "./router.ts";
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
  /**
   * The accepted keys a caller has sent as data (an id, a field): answers may echo stored
   * data, so from then on every answer hides them.
   */
  keysSentAsData: Set<string>;
}

/** Answers 429, with `Retry-After` in seconds unless the `retryAfter` variant is off. */
function rateLimited(runtime: EmulatorRuntime, seconds: number): Response {
  const headers: Record<string, string> = runtime.settings.variants.retryAfter
    ? { "retry-after": String(seconds) }
    : {};
  return errorResponse(429, "RateLimited", "Too many requests for this API key.", [], headers);
}

/** Where a route is: its name, the path parameters, and whether its job is held. */
interface RouteTarget {
  route: RouteName;
  params: RouteContext["params"];
  stall: boolean;
}

/** The header values a caller sent, the key headers left out (answers may echo the rest). */
function sentHeaderValues(request: Request, keyHeaders: readonly string[]): string[] {
  const values: string[] = [];
  request.headers.forEach((value, name) => {
    if (!keyHeaders.includes(name)) values.push(value);
  });
  return values;
}

async function processRequest(
  runtime: EmulatorRuntime,
  request: Request,
  url: URL,
  target: RouteTarget,
): Promise<Response> {
  const { conventions } = runtime;
  // The key is checked before anything else, the body included, which is not read without it.
  const auth = authenticate(request, conventions);
  if (!auth.ok) return auth.response;
  const sent: SentText = {
    url,
    headerValues: sentHeaderValues(request, conventions.apiKeyHeaders),
  };
  const response = await answerAuthenticated(runtime, request, sent, target, auth.apiKey);
  // Answers echo ids and fields callers chose, now or later: once a key was sent as data,
  // every answer hides it.
  for (const apiKey of conventions.apiKeys) {
    if (sendsKey(sent, apiKey)) runtime.keysSentAsData.add(apiKey);
  }
  if (runtime.keysSentAsData.size === 0) return response;
  return withoutKeys(response, runtime.keysSentAsData);
}

/** Answers a request whose key is accepted; fills `sent` with the body it reads. */
async function answerAuthenticated(
  runtime: EmulatorRuntime,
  request: Request,
  sent: SentText,
  target: RouteTarget,
  apiKey: string,
): Promise<Response> {
  const { conventions } = runtime;
  const retryAfter = runtime.rateLimiter?.take(apiKey, runtime.clock.now()) ?? 0;
  if (retryAfter > 0) return rateLimited(runtime, retryAfter);
  const headerProblem = checkHeaders(request, conventions);
  if (headerProblem) return headerProblem;
  if (request.method === "POST" || request.method === "PUT") {
    const read = await readJsonBody(request, conventions.maxBodyBytes);
    if (!read.ok) return read.response;
    sent.body = read.body;
    sent.bodyText = read.text;
  }
  const jobs = runtime.jobs();
  const now = runtime.clock.now();
  settleJobs(jobs, now);
  const context: RouteContext = {
    request,
    url: sent.url,
    origin: runtime.baseUrl ?? sent.url.origin,
    params: target.params,
    body: sent.body,
    now,
    state: jobs.state,
    settings: runtime.settings,
    jobs,
    enqueue: (job) => enqueueJob(jobs, now, { ...job, stalled: target.stall }),
  };
  try {
    return await routeHandlers[target.route](context);
  } catch {
    // A bug must still look like a server answer, never crash the host.
    return errorResponse(500, "InternalError", "The emulator failed unexpectedly.");
  }
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

/** Reads a request's body now, within the size limit, into a request that holds it. */
async function receiveBody(request: Request, maxBytes: number): Promise<Request | Response> {
  if (request.body === null) return request;
  const read = await readLimitedBody(request, maxBytes);
  if (!read.ok) {
    return payloadTooLarge(maxBytes);
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: new Uint8Array(read.bytes),
  });
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
  if (faults.extraLatencyMs > 0) {
    // Engage has the whole request before it is slow to answer: a caller that gives up while
    // it waits has still been heard, so the body is read (within the size limit) first.
    const received = await receiveBody(request, runtime.conventions.maxBodyBytes);
    if (received instanceof Response) return received;
    await runtime.clock.sleep(faults.extraLatencyMs);
    return answerAfterFaults(runtime, received, url, match, faults, after);
  }
  return answerAfterFaults(runtime, request, url, match, faults, after);
}

/** The rest of a request's way once its latency has passed: the other faults, then the route. */
function answerAfterFaults(
  runtime: EmulatorRuntime,
  request: Request,
  url: URL,
  match: Extract<RouteMatch, { kind: "route" }>,
  faults: DrawnFaults,
  after: AfterFaults,
): Promise<Response> | Response {
  if (faults.dropBefore) throw networkError("before");
  if (faults.htmlError) return htmlErrorPage();
  if (faults.serverError) {
    return errorResponse(503, "ServiceUnavailable", "The service is temporarily unavailable.");
  }
  if (faults.rateLimit) return rateLimited(runtime, 1);
  after.dropAfter = faults.dropAfter;
  after.truncate = faults.truncate;
  const target: RouteTarget = { route: match.route, params: match.params, stall: faults.stall };
  return processRequest(runtime, request, url, target);
}
