import { type ErrorDetails, MalformedResponseError } from "./errors.ts";
import type { Attempt } from "./types.ts";

/** An answer with its body already read (every body is consumed, so no connection leaks). */
export interface Reply {
  /** The HTTP status; 0 for an opaque redirect. */
  status: number;
  /** The answer's headers, with the API key redacted from every value. */
  headers: Headers;
  /** Whether the fetch followed a redirect to get this answer. */
  redirected: boolean;
  /** The body text, with the API key redacted. */
  text: string;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  data: unknown;
  /** The path of the request from `/api/` on. */
  path: string;
  /** Every attempt the request took. */
  attempts: Attempt[];
}

/** A JSON object as read from an answer. */
export type JsonObject = Record<string, unknown>;

/** Tells whether a value is a non-null object. */
export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null;

/** Returns the value when it is a non-empty string. */
export const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === "string" && value ? value : undefined;

/** Parses JSON, or returns `undefined` when the text is not JSON. */
export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Returns the reply's body as an object, or throws `MalformedResponseError`. */
export function objectBody(reply: Reply, details: ErrorDetails = {}): JsonObject {
  return isObject(reply.data) ? reply.data : malformed(reply, "is not a JSON object", details);
}

/**
 * Throws a `MalformedResponseError` about a successful answer that breaks the contract;
 * `details` adds what the caller knows (the order, the job handle).
 */
export function malformed(reply: Reply, problem: string, details: ErrorDetails = {}): never {
  throw new MalformedResponseError(`${reply.path}: the answer ${problem}`, {
    ...details,
    status: reply.status,
    body: reply.text,
    path: reply.path,
    attempts: reply.attempts,
  });
}
