import type { JobHandle } from "@engage-orders/core";
import { EngageError } from "@engage-orders/core";

/**
 * Why an order flow ended without completing, with what is needed to check by hand: the
 * order, the action and the `versionTag` sent, and Engage's answer (status, code, body).
 */
export interface OrderFlowFailure {
  /** The core's error name, e.g. `OutcomeUnknownError`, `JobTimeoutError`, `ContactMissingError`. */
  name: string;
  /** What happened, in a sentence. */
  message: string;
  /** The step that ended the flow, e.g. `create order` or `action ConfirmShipment (try 1)`. */
  step: string;
  /** The order concerned. */
  orderId: string;
  /** The action, when the failure is an action's. */
  action?: string;
  /** The `versionTag` the action quoted. */
  versionTag?: string;
  /** The HTTP status of Engage's last answer, when there was one. */
  status?: number;
  /** Engage's error code, when it gave one. */
  errorCode?: string;
  /** Engage's raw answer (at most 2000 characters), when there was one. */
  body?: string;
  /** Every attempt of the failing request: its status (absent when no answer came) and why it failed. */
  attempts?: Array<{ status?: number; reason: string }>;
  /** The job handle, when the wait ended: `waitForJob` resumes it in any client. */
  handle?: JobHandle;
}

/** The text that separates the readable message from the details in an instance's error. */
const DETAILS_MARKER = "\norder-flow-failure: ";
const MAX_BODY_CHARS = 2000;

/** Describes a thrown value as a flow failure (plain JSON, safe to store as a step result). */
export function describeFailure(
  error: unknown,
  context: { step: string; orderId: string; action?: string; versionTag?: string },
): OrderFlowFailure {
  const failure: OrderFlowFailure = {
    name: error instanceof Error ? error.name : "Error",
    message: error instanceof Error ? error.message : String(error),
    ...context,
  };
  if (error instanceof EngageError) {
    if (error.status !== undefined) failure.status = error.status;
    if (error.errorCode !== undefined) failure.errorCode = error.errorCode;
    if (error.body !== undefined) failure.body = error.body.slice(0, MAX_BODY_CHARS);
    if (error.handle !== undefined) failure.handle = error.handle;
    if (error.attempts.length > 0) {
      failure.attempts = error.attempts.map(({ status, reason }) =>
        status === undefined ? { reason } : { status, reason },
      );
    }
  }
  return failure;
}

/**
 * The error an instance ends with. Workflows keep only an error's message, so the message
 * starts with the core's error name and carries the details as JSON after a marker line.
 */
export function failureError(failure: OrderFlowFailure): Error {
  const error = new Error(
    `${failure.name}: ${failure.message}${DETAILS_MARKER}${JSON.stringify(failure)}`,
  );
  error.name = failure.name;
  return error;
}

/** Reads the failure back from an instance's error; `undefined` for any other error. */
export function parseFailure(
  error: { name?: string; message?: string } | undefined,
): OrderFlowFailure | undefined {
  const message = error?.message ?? "";
  const at = message.indexOf(DETAILS_MARKER);
  if (at < 0) return undefined;
  try {
    return JSON.parse(message.slice(at + DETAILS_MARKER.length)) as OrderFlowFailure;
  } catch {
    return undefined;
  }
}
