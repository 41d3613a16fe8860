/** Separates these hashes from any other use of the key's SHA-256. */
const domain = "engage-orders/fleet-rate-limiter/v1\u0000";

/**
 * The name of an API key's fleet schedule (the Durable Object's name, the Deno KV key): the
 * SHA-256 hex of the key with a domain prefix, so one key always reaches the same schedule while
 * the name (visible in dashboards and logs) reveals nothing of the key.
 *
 * @example
 * ```ts
 * const id = env.ENGAGE_RATE_LIMITER.idFromName(await fleetLimiterName(env.ENGAGE_API_KEY));
 * ```
 */
export async function fleetLimiterName(apiKey: string): Promise<string> {
  if (typeof apiKey !== "string" || apiKey === "") {
    throw new TypeError("apiKey must be a non-empty string.");
  }
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(domain + apiKey));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
