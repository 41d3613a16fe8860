import type { SeededRandom } from "./random.ts";
import type { RouteName } from "./router.ts";
import { routeNames } from "./router.ts";

/** The probability (0–1) of each fault on a request. Every rate defaults to `0`. */
export interface FaultRates {
  /** Answer 503 without doing the work. */
  serverError?: number;
  /** Answer 429 (`Retry-After: 1`) without doing the work. */
  rateLimit?: number;
  /** Drop the connection before the work: the fetch handler rejects with a `TypeError`. */
  dropBeforeProcessing?: number;
  /** Do the work, then drop the connection: the caller sees a network error. */
  dropAfterProcessing?: number;
  /** Add `extraLatencyMs` before answering. */
  extraLatency?: number;
  /** How much latency `extraLatency` adds. Defaults to `2000`. */
  extraLatencyMs?: number;
  /** Hold a write's job as `Pending` until `releaseStalledJobs` is called. */
  stallJobs?: number;
  /** Answer a gateway's 502 HTML page without doing the work. */
  htmlError?: number;
  /** Do the work, then answer with the JSON body cut in half. */
  truncatedJson?: number;
}

/** The fault configuration: rates for every route, overridden field by field per route. */
export interface FaultConfig extends FaultRates {
  /** Rates for single routes; a route's rate replaces the global one. */
  routes?: Partial<Record<RouteName, FaultRates>>;
}

/** The faults drawn for one request. */
export interface DrawnFaults {
  /** Reject before doing anything. */
  dropBefore: boolean;
  /** Answer the HTML error page. */
  htmlError: boolean;
  /** Answer 503. */
  serverError: boolean;
  /** Answer 429. */
  rateLimit: boolean;
  /** Latency to add before answering, in ms. */
  extraLatencyMs: number;
  /** Hold the job this request creates. */
  stall: boolean;
  /** Do the work, then reject. */
  dropAfter: boolean;
  /** Do the work, then cut the body. */
  truncate: boolean;
}

const rateKeys = [
  "serverError",
  "rateLimit",
  "dropBeforeProcessing",
  "dropAfterProcessing",
  "extraLatency",
  "stallJobs",
  "htmlError",
  "truncatedJson",
] as const;

function checkRates(rates: FaultRates, where: string): void {
  for (const key of rateKeys) {
    const value = rates[key];
    if (value !== undefined && !(typeof value === "number" && value >= 0 && value <= 1)) {
      throw new RangeError(
        `faults${where}.${key} must be a probability between 0 and 1; got ${value}.`,
      );
    }
  }
  const ms = rates.extraLatencyMs;
  if (ms !== undefined && !(typeof ms === "number" && Number.isFinite(ms) && ms >= 0)) {
    throw new RangeError(`faults${where}.extraLatencyMs must be a non-negative number; got ${ms}.`);
  }
}

/** Checks a fault configuration and returns a copy; throws a `RangeError` naming a bad field. */
export function normaliseFaults(config: FaultConfig): FaultConfig {
  checkRates(config, "");
  const copy: FaultConfig = { ...config };
  if (config.routes) {
    copy.routes = {};
    for (const [route, rates] of Object.entries(config.routes)) {
      if (!routeNames.includes(route as RouteName)) {
        throw new RangeError(
          `faults.routes.${route} is not a route; use one of ${routeNames.join(", ")}.`,
        );
      }
      if (rates) {
        checkRates(rates, `.routes.${route}`);
        copy.routes[route as RouteName] = { ...rates };
      }
    }
  }
  return copy;
}

/** Draws the faults for one request on `route` from the seeded fault stream. */
export function drawFaults(
  config: FaultConfig,
  route: RouteName,
  random: SeededRandom,
): DrawnFaults {
  const rates: FaultRates = { ...config, ...config.routes?.[route] };
  const roll = (rate: number | undefined): boolean =>
    rate !== undefined && rate > 0 && random.next() < rate;
  return {
    dropBefore: roll(rates.dropBeforeProcessing),
    htmlError: roll(rates.htmlError),
    serverError: roll(rates.serverError),
    rateLimit: roll(rates.rateLimit),
    extraLatencyMs: roll(rates.extraLatency) ? (rates.extraLatencyMs ?? 2000) : 0,
    stall: roll(rates.stallJobs),
    dropAfter: roll(rates.dropAfterProcessing),
    truncate: roll(rates.truncatedJson),
  };
}

/** The HTML page a gateway answers with when the service behind it fails. */
export function htmlErrorPage(): Response {
  const html =
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>" +
    "<body><h1>502 Bad Gateway</h1><p>The server encountered a temporary error.</p></body></html>";
  return new Response(html, {
    status: 502,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}

/** Cuts a response's body in half, keeping its status and headers (a malformed answer). */
export async function truncateResponse(response: Response): Promise<Response> {
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  const cut = text.slice(0, Math.floor(text.length / 2));
  return new Response(response.status === 204 ? null : cut, { status: response.status, headers });
}

/** The error a dropped connection produces, shaped like the platform fetch's network error. */
export function networkError(when: "before" | "after"): TypeError {
  return new TypeError("fetch failed", {
    cause: new Error(
      when === "before"
        ? "The emulator dropped the connection before processing the request (fault injection)."
        : "The emulator dropped the connection after processing the request (fault injection).",
    ),
  });
}
