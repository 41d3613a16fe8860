import type { RateLimiter } from "@engage-orders/core";
import { FleetLimiterUnavailableError } from "./FleetLimiterUnavailableError.ts";
import type { LeaseGrant, LeaseRequest } from "./grantLease.ts";

/** Asks the coordinator for send times; rejects when it cannot. */
export type LeaseFunction = (request: LeaseRequest, signal: AbortSignal) => Promise<LeaseGrant>;

/** The options of `createLeasedRateLimiter`. */
export interface LeasedRateLimiterOptions {
  /** Asks the fleet's coordinator for send times (a Durable Object call, a Deno KV transaction). */
  lease: LeaseFunction;
  /**
   * How long before its last handed-out send time the client asks for the next lease, so the
   * answer arrives before that send time is used. Defaults to `100`.
   */
  leaseLeadMs?: number;
  /** The longest wait for one lease before the coordinator counts as unreachable. Defaults to `2000`. */
  leaseTimeoutMs?: number;
  /**
   * After a failed lease, how long acquires skip the coordinator (failing at once, or using the
   * fallback) before trying it again. Defaults to `1000`.
   */
  unavailableForMs?: number;
  /**
   * The limiter used while the coordinator is unreachable, e.g. `createRateLimiter(1)`. Defaults
   * to none: the acquire rejects with `FleetLimiterUnavailableError` and nothing is sent.
   */
  fallback?: RateLimiter;
  /** Told about every lease granted (metrics). Defaults to none. */
  onLease?: (grant: LeaseGrant) => void;
  /** Told about every send time dropped because it was reached too late (metrics). Defaults to none. */
  onDrop?: (lateMs: number) => void;
  /** The id this client leases under. Defaults to a random UUID. */
  lessee?: string;
  /** The clock in epoch milliseconds. Defaults to `Date.now`. */
  now?: () => number;
  /** The abortable wait. Defaults to a `setTimeout` wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Creates a `RateLimiter` that takes its send times from a fleet-wide schedule in small leases.
 * An acquire takes the earliest leased send time still usable and waits for it; only when none
 * is left does it lease more: one lease at a time per client, for all its waiting acquires,
 * asked for shortly before the client's last handed-out send time, so a busy client pays one
 * coordinator round trip per several requests and leases only send times it has acquires for. A send time reached more
 * than the grant's `toleranceMs` late (a stalled timer) is dropped, never used late, since late
 * sends could bunch up with later ones. An aborted acquire gives its send time back to the next
 * acquire of this client and sends nothing; send times nobody takes are wasted, which only
 * lowers the fleet's rate.
 *
 * @example
 * ```ts
 * const limiter = createLeasedRateLimiter({ lease: (request) => askCoordinator(request) });
 * const client = createOrdersClient({ baseUrl, apiKey, rateLimit: limiter });
 * ```
 */
export function createLeasedRateLimiter(options: LeasedRateLimiterOptions): RateLimiter {
  const {
    lease,
    leaseLeadMs = 100,
    leaseTimeoutMs = 2000,
    unavailableForMs = 1000,
    fallback,
    onLease,
    onDrop,
    lessee = crypto.randomUUID(),
    now = Date.now,
    sleep = abortableSleep,
  } = options;
  // Send times of this client, in its own clock, earliest first.
  const sendTimes: number[] = [];
  let toleranceMs = 0;
  // Acquires waiting for a lease: the demand the next lease asks for.
  let waiting = 0;
  // The latest send time handed to an acquire.
  let lastTaken = 0;
  // How far ahead the last grant started: the fleet's queue.
  let lastQueueMs = 0;
  let pendingLease: Promise<void> | undefined;
  let unavailableUntil = 0;
  let lastFailure: unknown;

  function takeSendTime(): number | undefined {
    const time = now();
    while (sendTimes.length > 0 && time - (sendTimes[0] as number) > toleranceMs) {
      onDrop?.(time - (sendTimes.shift() as number));
    }
    const sendTime = sendTimes.shift();
    if (sendTime !== undefined) lastTaken = Math.max(lastTaken, sendTime);
    return sendTime;
  }

  function giveBack(sendTime: number): void {
    const index = sendTimes.findIndex((other) => other > sendTime);
    sendTimes.splice(index === -1 ? sendTimes.length : index, 0, sendTime);
  }

  function leaseMore(): Promise<void> {
    pendingLease ??= (async () => {
      // While this client still has send times handed out, the next lease can wait until the
      // last of them is `leaseLeadMs` away: acquires coming back meanwhile join it, so one
      // round trip serves several, and every send time leased has an acquire waiting for it.
      // When the fleet is busy (the last grant started far ahead), a later lease loses nothing
      // (its send times come after the queue anyway), so it waits until just after that send
      // time and gathers every acquire coming back. Otherwise a zero-delay timer: acquires
      // started together (each behind a few awaits of its own) ask in the same lease.
      // A client alone sees its own lead as the queue (its lease was asked that early), so only
      // a queue beyond twice the lead counts as other clients' send times.
      const gatherMs = Math.min(Math.max(0, lastQueueMs - 2 * leaseLeadMs), 2 * leaseLeadMs);
      await sleep(Math.max(0, lastTaken - leaseLeadMs + gatherMs - now()));
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new Error(`No lease within ${leaseTimeoutMs} ms.`)),
        leaseTimeoutMs,
      );
      try {
        const grant = await Promise.race([
          lease({ lessee, want: Math.max(1, waiting - sendTimes.length) }, controller.signal),
          new Promise<never>((_, reject) => {
            controller.signal.addEventListener("abort", () => reject(controller.signal.reason));
          }),
        ]);
        // Measured from the answer's arrival: never before the fleet schedule, only later.
        const answeredAt = now();
        toleranceMs = grant.toleranceMs;
        lastQueueMs = grant.firstInMs;
        for (let index = 0; index < grant.count; index++) {
          giveBack(answeredAt + grant.firstInMs + index * grant.spacingMs);
        }
        onLease?.(grant);
      } catch (error) {
        lastFailure = error;
        unavailableUntil = now() + unavailableForMs;
        throw new FleetLimiterUnavailableError(error);
      } finally {
        clearTimeout(timer);
        pendingLease = undefined;
      }
    })();
    return pendingLease;
  }

  async function unavailable(signal: AbortSignal | undefined): Promise<void> {
    if (!fallback) throw new FleetLimiterUnavailableError(lastFailure);
    await fallback.acquire(signal);
  }

  return {
    async acquire(signal) {
      signal?.throwIfAborted();
      await acquireSendTime(signal);
    },
  };

  async function acquireSendTime(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      const sendTime = takeSendTime();
      if (sendTime !== undefined) {
        const wait = sendTime - now();
        if (wait > 0) {
          try {
            await sleep(wait, signal);
          } catch (error) {
            giveBack(sendTime);
            throw error;
          }
        }
        const lateMs = now() - sendTime;
        if (lateMs <= toleranceMs) return;
        onDrop?.(lateMs);
        continue;
      }
      if (now() < unavailableUntil) return unavailable(signal);
      waiting++;
      try {
        await raceAbort(leaseMore(), signal);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (error instanceof FleetLimiterUnavailableError) return unavailable(signal);
        throw error;
      } finally {
        waiting--;
      }
    }
  }
}

/** Waits for `promise`, or rejects with the signal's reason as soon as it aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener("abort", abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", abort);
        reject(error);
      },
    );
  });
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener("abort", abort, { once: true });
  });
}
