import { invalid } from "./errors.ts";
import { sleep as realSleep } from "./sleep.ts";

/**
 * The slot interface the client asks before every request. Replace the built-in one with a
 * shared limiter (e.g. one held in a Durable Object) when many workers use one API key.
 */
export interface RateLimiter {
  /** Resolves when a request may start; rejects with the signal's reason on abort. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/**
 * Creates a limiter that spaces request starts `1000 / perSecond` ms apart, so no window of
 * one second sees more than `perSecond` starts. Slots are reserved in call order.
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter(20);
 * const client = createOrdersClient({ baseUrl, apiKey, rateLimit: limiter });
 * ```
 */
export function createRateLimiter(
  perSecond: number,
  clock: { now?: () => number; sleep?: (ms: number, signal?: AbortSignal) => Promise<void> } = {},
): RateLimiter {
  if (!(perSecond > 0)) invalid("rateLimit", "must be a positive number (requests per second)");
  const { now = Date.now, sleep = realSleep } = clock;
  const gap = 1000 / perSecond;
  let next = 0;
  return {
    async acquire(signal) {
      signal?.throwIfAborted();
      const current = now();
      const slot = Math.max(next, current);
      next = slot + gap;
      if (slot > current) await sleep(slot - current, signal);
    },
  };
}
