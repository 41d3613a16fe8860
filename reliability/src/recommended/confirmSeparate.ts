import {
  type ActionAccepted,
  EngageError,
  type Order,
  type OrderAction,
  type OrdersClient,
  OutcomeUnknownError,
  RateLimitedError,
  triggerAction,
} from "@engage-orders/core";
import { type CallerOptions, type Registration, registerOrder } from "./registerOrder";

/** Whether this writer adopted the order after an unknown outcome (see `Registration`). */
interface Adoption {
  adopted: boolean;
}

/** How create → wait → action ended. */
export type SeparateConfirmation =
  | Exclude<Registration, { kind: "registered" }>
  | (Adoption & {
      /** The action was accepted: the confirmation was sent once. */
      kind: "confirmed";
      accepted: ActionAccepted;
    })
  | (Adoption & {
      /**
       * The action may or may not have been processed (no answer, a timeout, 500, 502, 504).
       * It was not re-sent: a person or a reconciliation job decides, because sending it
       * again could e-mail the customer twice, and Engage offers no way to ask.
       */
      kind: "confirmation outcome unknown";
      error: OutcomeUnknownError;
    })
  | (Adoption & {
      /** The action was refused for good (version changed, no contact, rounds exhausted). */
      kind: "confirmation failed";
      error: EngageError;
    });

/** 429 and 503 are answers given instead of doing the work: sending again is safe. */
const notProcessed = (error: EngageError) =>
  error instanceof RateLimitedError || error.status === 503;

/**
 * The recommended code for create → wait → action, for when the action cannot ride on the
 * create. At most once per writer: the action is sent only by the writer that registered the
 * order (`registerOrder`), again only after an answer that says "not processed" (429, 503),
 * and never after an `OutcomeUnknownError`, which is reported instead. Exactly once is not
 * reachable here: after a lost answer nobody can tell whether the customer got the e-mail.
 * It also needs one writer per `orderId`: a duplicate delivery that races the first, behind a
 * lost answer, cannot tell the other writer's identical order from its own.
 */
export async function confirmSeparate(
  client: OrdersClient,
  order: Order,
  action: OrderAction,
  options: CallerOptions,
): Promise<SeparateConfirmation> {
  const registration = await registerOrder(client, order, options);
  if (registration.kind !== "registered") return registration;
  const { sleep, rounds = 10, pauseMs = 60_000, onError } = options;
  const versionTag = registration.job.versionTag as string;
  const { adopted } = registration;
  let last: EngageError | undefined;
  for (let round = 0; round < rounds; round++) {
    if (round > 0) await sleep(pauseMs);
    try {
      const accepted = await triggerAction(client, order.orderId, { ...action, versionTag });
      return { kind: "confirmed", accepted, adopted };
    } catch (error) {
      onError?.(error, order.orderId);
      if (error instanceof OutcomeUnknownError) {
        return { kind: "confirmation outcome unknown", error, adopted };
      }
      if (!(error instanceof EngageError)) throw error;
      last = error;
      if (!notProcessed(error)) return { kind: "confirmation failed", error, adopted };
    }
  }
  return { kind: "confirmation failed", error: last as EngageError, adopted };
}
