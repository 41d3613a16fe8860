import { inspect } from "node:util";

/** A fresh canary API key: shaped like a test key, unique per run so no fixture can hide it. */
export const canaryKey = (): string =>
  `test-key-CANARY-${Math.random().toString(36).slice(2, 10)}${Date.now().toString(36)}`;

/**
 * Every way a value is commonly turned into text: `String`, JSON, `util.inspect` (what
 * `console.log` prints, `cause` chains and non-enumerable fields included), and for errors
 * their message and stack down the whole `cause` chain.
 */
export function renderings(value: unknown): string[] {
  const out: string[] = [String(value), inspect(value, { depth: 20, showHidden: true })];
  try {
    out.push(JSON.stringify(value) ?? "");
  } catch {}
  for (let e: unknown = value, depth = 0; e instanceof Error && depth < 10; depth++) {
    out.push(e.message, e.stack ?? "", JSON.stringify({ ...e }));
    e = e.cause;
  }
  return out;
}

/** The renderings of `value` that contain `secret` (empty when none leaks it). */
export const leaks = (value: unknown, secret: string): string[] =>
  renderings(value).filter((text) => text.includes(secret));
