import { EngageError } from "./errors.ts";

/** The outcome of `safe`: the value, or the `EngageError` that was thrown. */
export type SafeResult<T> = { ok: true; value: T } | { ok: false; error: EngageError };

/**
 * Turns a call's promise into a result for callers that branch instead of catching.
 * `EngageError`s become `{ ok: false, error }`; anything else (an abort, a bug) still throws.
 *
 * @example
 * ```ts
 * const result = await safe(getOrder(client, "o-1001"));
 * if (!result.ok && result.error instanceof OrderNotFoundError) return notFound();
 * ```
 */
export function safe<T>(promise: Promise<T>): Promise<SafeResult<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error) => {
      if (error instanceof EngageError) return { ok: false, error };
      throw error;
    },
  );
}
