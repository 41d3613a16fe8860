import { EngageError } from "@engage-orders/core";

/**
 * The error a fleet limiter throws when its coordinator (the Durable Object, the Deno KV store)
 * cannot be reached in time and no fallback is set. Nothing was sent, so the operation may be
 * retried as it is. The cause is the coordinator's failure; the API key is never in it.
 *
 * @example
 * ```ts
 * try { await createOrder(client, order) } catch (error) {
 *   if (error instanceof FleetLimiterUnavailableError) return new Response("busy", { status: 503 });
 *   throw error;
 * }
 * ```
 */
export class FleetLimiterUnavailableError extends EngageError {
  override name = "FleetLimiterUnavailableError";

  /** Creates the error with what made the coordinator unreachable. */
  constructor(cause: unknown) {
    super("The fleet rate limiter could not be reached; nothing was sent.", { cause });
  }
}
