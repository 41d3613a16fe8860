import {
  ContactMissingError,
  EngageError,
  type ErrorDetails,
  OrderAlreadyExistsError,
  OrderNotFoundError,
  RateLimitedError,
  VersionTagMismatchError,
} from "./errors.ts";
import { isObject, nonEmptyString, parseJson } from "./replyBody.ts";
import type { FieldError } from "./types.ts";

/** What an error answer says, whichever shape its body has. */
export interface ErrorAnswer {
  /** Engage's symbolic code (`errorCode`, or `code`). */
  errorCode: string | undefined;
  /** The human-readable message, or the start of a body that is not JSON. */
  summary: string | undefined;
  /** The field errors, normalized to `{ field, message }`. */
  fieldErrors: FieldError[];
}

/** The longest part of a non-JSON body quoted in an error message. */
const QUOTED_BODY_LENGTH = 200;

/**
 * Reads an error answer's body: our `{ errorCode, message, errors: [{ field, message }] }`,
 * RFC 9457 problem+json (`title`, `detail`, `invalid-params: [{ name, reason }]`), an
 * ASP.NET-style `errors: { field: [messages] }`, or plain text.
 */
export function readErrorAnswer(raw: string): ErrorAnswer {
  const parsed = parseJson(raw);
  const fields = isObject(parsed) ? parsed : {};
  const errorCode = nonEmptyString(fields.errorCode) ?? nonEmptyString(fields.code);
  const message =
    nonEmptyString(fields.message) ?? nonEmptyString(fields.detail) ?? nonEmptyString(fields.title);
  const notJson =
    parsed === undefined ? nonEmptyString(raw.slice(0, QUOTED_BODY_LENGTH)) : undefined;
  return {
    errorCode,
    summary: message ?? notJson,
    fieldErrors: readFieldErrors(fields.errors ?? fields["invalid-params"]),
  };
}

/** Normalizes a list or map of field errors to `{ field, message }` entries. */
function readFieldErrors(list: unknown): FieldError[] {
  if (!isObject(list)) return [];
  return Object.entries(list).flatMap(([key, entry]) =>
    [entry].flat().map((item: unknown) => {
      if (!isObject(item)) return { field: key, message: `${item}` };
      return {
        field: `${item.field ?? item.name ?? ""}`,
        message: `${item.message ?? item.reason}`,
      };
    }),
  );
}

/**
 * The error class for an error answer. A bare 404 (no code) is `notFound`: an action's 404
 * means its `versionTag` is stale, a job's means the job is gone.
 */
export function errorClassFor(
  status: number,
  errorCode: string | undefined,
  notFound: typeof EngageError = OrderNotFoundError,
): typeof EngageError {
  if (status === 429) return RateLimitedError;
  if (status === 409 || errorCode === "OrderAlreadyExists") return OrderAlreadyExistsError;
  if (status === 422 || errorCode === "ContactMissing" || errorCode === "ContactNotFound") {
    return ContactMissingError;
  }
  if (errorCode === "VersionTagMismatch") return VersionTagMismatchError;
  if (errorCode === "OrderNotFound") return OrderNotFoundError;
  if (status === 404 && !errorCode) return notFound;
  return EngageError;
}

/** What `errorFromReply` needs besides the answer. */
export interface ReplyErrorContext {
  /** The request's method. */
  method: string;
  /** The request's path from `/api/` on. */
  path: string;
  /** The class of a bare 404. Defaults to `OrderNotFoundError`. */
  notFound?: typeof EngageError | undefined;
  /** The details every error of the request carries (order, attempts, handle …). */
  details: ErrorDetails;
}

/** An error answer as `send` read it: status, redacted body text, `Retry-After` in ms. */
export interface ErrorReply {
  status: number;
  text: string;
  retryAfterMs: number | undefined;
}

/**
 * What every error made from an answer keeps, whatever its class: the first line of its
 * message (`POST /path → 502 Code: what Engage said`) and the status, raw body, `errorCode`
 * and field errors, so a person can still tell what Engage answered.
 */
export function answerOf(
  reply: ErrorReply,
  context: Pick<ReplyErrorContext, "method" | "path">,
): { headline: string; errorCode: string | undefined; details: ErrorDetails } {
  const { status, text } = reply;
  const { errorCode, summary, fieldErrors } = readErrorAnswer(text);
  const codePart = errorCode ? ` ${errorCode}` : "";
  const summaryPart = summary ? `: ${summary}` : "";
  return {
    headline: `${context.method} ${context.path} → ${status}${codePart}${summaryPart}`,
    errorCode,
    details: { status, errorCode, body: text, retryAfterMs: reply.retryAfterMs, fieldErrors },
  };
}

/**
 * Creates the error for an error answer (status 400 or more; the body already redacted): the
 * class its status and code call for, with the status, raw body, `errorCode`, message and
 * field errors kept.
 */
export function errorFromReply(reply: ErrorReply, context: ReplyErrorContext): EngageError {
  const { headline, errorCode, details } = answerOf(reply, context);
  const ErrorClass = errorClassFor(reply.status, errorCode, context.notFound);
  return new ErrorClass(headline, { ...context.details, ...details });
}
