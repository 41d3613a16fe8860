import type { RateLimiter } from "@engage-orders/core";
import {
  checkLeasePolicy,
  createLeasedRateLimiter,
  defaultLeasePolicy,
  fleetLimiterName,
  type LeasedRateLimiterOptions,
  type LeaseGrant,
  type LeasePolicy,
} from "@engage-orders/fleet-limiter";
import type { DurableObjectNamespaceLike } from "./durableObjectTypes.ts";

/** The options of `createFleetRateLimiter`. */
export interface FleetRateLimiterOptions extends Omit<LeasedRateLimiterOptions, "lease"> {
  /** The Durable Object namespace bound to `RateLimiterObject`, e.g. `env.ENGAGE_RATE_LIMITER`. */
  namespace: DurableObjectNamespaceLike;
  /** The Engage API key: only its domain-separated SHA-256 names the object; it is never sent. */
  apiKey: string;
  /** The fleet's schedule; every Worker of the fleet must use the same. Defaults to `defaultLeasePolicy`. */
  policy?: Partial<LeasePolicy>;
}

/**
 * Creates a `RateLimiter` shared by every isolate using the same API key: send times come from
 * the key's `RateLimiterObject` in small leases (see the README for the design). Pass it as
 * `createOrdersClient({ rateLimit })`. When the object cannot be reached within
 * `leaseTimeoutMs`, an acquire rejects with `FleetLimiterUnavailableError` and nothing is sent,
 * unless a `fallback` limiter is set.
 *
 * @example
 * ```ts
 * const client = createOrdersClient({
 *   baseUrl: env.ENGAGE_BASE_URL,
 *   apiKey: env.ENGAGE_API_KEY,
 *   rateLimit: createFleetRateLimiter({ namespace: env.ENGAGE_RATE_LIMITER, apiKey: env.ENGAGE_API_KEY }),
 * });
 * ```
 */
export function createFleetRateLimiter(options: FleetRateLimiterOptions): RateLimiter {
  const { namespace, apiKey, policy: policyOverrides, ...limiterOptions } = options;
  if (typeof namespace?.idFromName !== "function") {
    throw new TypeError("namespace must be a Durable Object namespace binding.");
  }
  if (typeof apiKey !== "string" || apiKey === "") {
    throw new TypeError("apiKey must be a non-empty string.");
  }
  const policy = checkLeasePolicy({ ...defaultLeasePolicy, ...policyOverrides });
  let name: Promise<string> | undefined;
  return createLeasedRateLimiter({
    ...limiterOptions,
    async lease(request, signal) {
      name ??= fleetLimiterName(apiKey);
      // A stub per lease: a stub is cheap (no I/O) and belongs to the request that made it.
      const stub = namespace.get(namespace.idFromName(await name) as never);
      const response = await stub.fetch("https://fleet-rate-limiter.internal/lease", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...request, policy }),
        signal,
      });
      if (!response.ok) {
        throw new Error(`The limiter object answered ${response.status}: ${await response.text()}`);
      }
      return (await response.json()) as LeaseGrant;
    },
  });
}
