import type { RateLimiter } from "@engage-orders/core";
import {
  checkLeasePolicy,
  createLeasedRateLimiter,
  createLeaseSchedule,
  defaultLeasePolicy,
  fleetLimiterName,
  grantLease,
  type LeasedRateLimiterOptions,
  type LeasePolicy,
  type LeaseSchedule,
} from "@engage-orders/fleet-limiter";
import type { KvLike } from "./kvTypes.ts";

/** The options of `createKvRateLimiter`. */
export interface KvRateLimiterOptions extends Omit<LeasedRateLimiterOptions, "lease"> {
  /** The Deno KV store the fleet shares, e.g. `await Deno.openKv()` on Deno Deploy. */
  kv: KvLike;
  /** The Engage API key: only its domain-separated SHA-256 names the KV entry. */
  apiKey: string;
  /** The fleet's schedule; every instance of the fleet must use the same. Defaults to `defaultLeasePolicy`. */
  policy?: Partial<LeasePolicy>;
  /**
   * The most attempts of one lease when other instances write the schedule at the same time;
   * between attempts it backs off a random few milliseconds. Defaults to `20`.
   */
  maxConflicts?: number;
}

/** The KV key prefix of the schedules. */
const schedulePrefix = ["engage-orders", "fleet-rate-limiter"] as const;

/**
 * Creates a `RateLimiter` shared by every Deno instance using the same API key and KV store:
 * send times are leased from one fleet-wide schedule kept in a KV entry, read and written with
 * `kv.atomic().check(entry)` (optimistic locking on the versionstamp), so two instances never
 * get the same send time. Pass it as `createOrdersClient({ rateLimit })`. When KV cannot be
 * reached within `leaseTimeoutMs`, an acquire rejects with `FleetLimiterUnavailableError` and
 * nothing is sent, unless a `fallback` limiter is set.
 *
 * @example
 * ```ts
 * const kv = await Deno.openKv();
 * const client = createOrdersClient({
 *   baseUrl: Deno.env.get("ENGAGE_BASE_URL")!,
 *   apiKey,
 *   rateLimit: createKvRateLimiter({ kv, apiKey }),
 * });
 * ```
 */
export function createKvRateLimiter(options: KvRateLimiterOptions): RateLimiter {
  const { kv, apiKey, policy: policyOverrides, maxConflicts = 20, ...limiterOptions } = options;
  if (typeof kv?.atomic !== "function") throw new TypeError("kv must be a Deno.Kv.");
  if (typeof apiKey !== "string" || apiKey === "") {
    throw new TypeError("apiKey must be a non-empty string.");
  }
  const policy = checkLeasePolicy({ ...defaultLeasePolicy, ...policyOverrides });
  const clock = limiterOptions.now ?? Date.now;
  let key: Promise<readonly unknown[]> | undefined;
  return createLeasedRateLimiter({
    ...limiterOptions,
    async lease(request, signal) {
      key ??= fleetLimiterName(apiKey).then((name) => [...schedulePrefix, name]);
      const scheduleKey = await key;
      for (let attempt = 1; attempt <= maxConflicts; attempt++) {
        signal.throwIfAborted();
        const entry = await kv.get<LeaseSchedule>(scheduleKey);
        const grantedAt = clock();
        const { schedule, grant } = grantLease(
          entry.value ?? createLeaseSchedule(),
          request,
          grantedAt,
          policy,
        );
        // The entry outlives every send time it holds by far; an idle key's schedule goes away.
        const committed = await kv
          .atomic()
          .check(entry)
          .set(scheduleKey, schedule, { expireIn: 10 * 60_000 })
          .commit();
        // The grant was computed with this instance's own clock: count its send times from that
        // moment, not from the commit's answer, so the commit's latency leaves no gap.
        if (committed.ok) return { ...grant, firstInMs: grant.firstInMs - (clock() - grantedAt) };
        // Another instance committed first: back off a random few milliseconds (doubling per
        // attempt, at most 64), so contending instances spread out instead of colliding again.
        await new Promise((resolve) =>
          setTimeout(resolve, Math.random() * 2 ** Math.min(attempt, 6)),
        );
      }
      throw new Error(`The schedule changed under ${maxConflicts} lease attempts in a row.`);
    },
  });
}
