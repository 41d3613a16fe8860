/**
 * The fleet-wide schedule one coordinator (a Durable Object, a Deno KV entry) keeps per API key.
 * Plain data, so it can be stored as it is.
 */
export interface LeaseSchedule {
  /** The epoch milliseconds of the first send time not yet granted to anyone. */
  nextSlotAt: number;
  /** Each lessee seen recently, with the epoch milliseconds of its last lease. */
  lessees: Record<string, number>;
}

/** How the schedule is spaced and shared. Every member of a fleet must use the same policy. */
export interface LeasePolicy {
  /** Send times per second for the whole fleet. Defaults to `47` (see `defaultLeasePolicy`). */
  perSecond: number;
  /** How late a granted send time may still be used; later, it is dropped. Defaults to `40`. */
  toleranceMs: number;
  /**
   * The span of send times shared among active lessees: each lease gets at most its share of
   * it, and nothing is granted more than twice this far ahead. Defaults to `3000`.
   */
  horizonMs: number;
  /** The most send times in one lease. Defaults to `16`. */
  maxBatch: number;
  /** A lessee counts as active this long after its last lease. Defaults to `2000`. */
  activeWindowMs: number;
}

/**
 * The default policy. Engage allows 50 requests per second and counts arrivals. A send time may
 * be used up to `toleranceMs` late (timers fire late on a busy machine), so the send times used
 * in any one second lie in a span of 1040 ms, which holds at most 49 send times spaced 1000/47 ms
 * apart; the last of 50 absorbs transit jitter between a send and Engage's count.
 */
export const defaultLeasePolicy: LeasePolicy = {
  perSecond: 47,
  toleranceMs: 40,
  horizonMs: 3000,
  maxBatch: 16,
  activeWindowMs: 2000,
};

/** What a lessee asks for. */
export interface LeaseRequest {
  /** An opaque id of the asking client (random per client object). */
  lessee: string;
  /** How many send times it needs now (1 or more). */
  want: number;
}

/**
 * The send times granted by one lease, relative to the moment the coordinator answered: the
 * lessee measures from the moment the answer reaches it, so it never sends before its place
 * on the fleet schedule, only later by the answer's transit time.
 */
export interface LeaseGrant {
  /** The number of send times granted (at least 1). */
  count: number;
  /** Milliseconds from the answer to the first send time. */
  firstInMs: number;
  /** Milliseconds between consecutive send times. */
  spacingMs: number;
  /** How late a send time may still be used. */
  toleranceMs: number;
}

/** Creates the schedule of a coordinator that has granted nothing yet. */
export function createLeaseSchedule(): LeaseSchedule {
  return { nextSlotAt: 0, lessees: {} };
}

/**
 * Grants the next send times of the fleet schedule to one lessee and returns the new schedule.
 * Leases are served in arrival order and every lease gets at least one send time, so no lessee
 * starves; the batch is the lessee's share of the horizon (`horizonMs` of send times divided by
 * the active lessees, capped by `maxBatch` and by what it wants), so it shrinks as more
 * lessees ask. Pure: the caller stores the result atomically.
 */
export function grantLease(
  schedule: LeaseSchedule,
  request: LeaseRequest,
  now: number,
  policy: LeasePolicy = defaultLeasePolicy,
): { schedule: LeaseSchedule; grant: LeaseGrant } {
  const spacingMs = 1000 / policy.perSecond;
  const lessees: Record<string, number> = {};
  for (const [lessee, lastLeaseAt] of Object.entries(schedule.lessees)) {
    if (now - lastLeaseAt < policy.activeWindowMs) lessees[lessee] = lastLeaseAt;
  }
  lessees[request.lessee] = now;
  const activeLessees = Object.keys(lessees).length;
  const horizonSlots = Math.floor(policy.horizonMs / spacingMs);
  const fairShare = Math.max(1, Math.floor(horizonSlots / activeLessees));
  const start = Math.max(schedule.nextSlotAt, now);
  // Shares are sized for the lessees active now; a burst of new lessees can book past the
  // horizon. Beyond twice the horizon, one send time at a time until the schedule drains:
  // progress for everyone, no send time far in the future.
  const roomInHorizon = Math.max(1, Math.floor((now + 2 * policy.horizonMs - start) / spacingMs));
  const count = Math.max(
    1,
    Math.min(Math.floor(request.want), fairShare, policy.maxBatch, roomInHorizon),
  );
  return {
    schedule: { nextSlotAt: start + count * spacingMs, lessees },
    grant: { count, firstInMs: start - now, spacingMs, toleranceMs: policy.toleranceMs },
  };
}

/** Checks a policy, naming the field at fault. */
export function checkLeasePolicy(policy: LeasePolicy): LeasePolicy {
  const positive: (keyof LeasePolicy)[] = ["perSecond", "horizonMs", "maxBatch", "activeWindowMs"];
  for (const field of positive) {
    if (!(Number.isFinite(policy[field]) && policy[field] > 0)) {
      throw new TypeError(`${field} must be a positive number; got ${String(policy[field])}.`);
    }
  }
  if (!(Number.isFinite(policy.toleranceMs) && policy.toleranceMs >= 0)) {
    throw new TypeError(`toleranceMs must be 0 or more; got ${String(policy.toleranceMs)}.`);
  }
  return policy;
}

/** Checks a lease request read from the wire, naming the field at fault. */
export function checkLeaseRequest(value: unknown): LeaseRequest {
  const request = value as Partial<LeaseRequest> | null;
  if (typeof request?.lessee !== "string" || !/^[\w-]{1,64}$/.test(request.lessee)) {
    throw new TypeError("lessee must be 1 to 64 letters, digits, _ or -.");
  }
  if (!(Number.isInteger(request.want) && (request.want as number) >= 1)) {
    throw new TypeError("want must be a whole number of at least 1.");
  }
  return { lessee: request.lessee, want: request.want as number };
}
