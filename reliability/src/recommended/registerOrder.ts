import {
  type CompletedJob,
  ContactMissingError,
  createOrder,
  EngageError,
  getOrder,
  JobFailedError,
  type JobHandle,
  JobTimeoutError,
  type Order,
  type OrderAction,
  OrderAlreadyExistsError,
  type OrdersClient,
  ValidationError,
  waitForJob,
} from "@engage-orders/core";
import { sameContent } from "./sameContent";

/** How the recommended caller code paces itself; the soak passes a virtual clock. */
export interface CallerOptions {
  /** Waits between rounds (your queue's redelivery delay). */
  sleep: (ms: number) => Promise<void>;
  /** Rounds before giving up and reporting. Defaults to `10`. */
  rounds?: number;
  /** The pause before the next round after a failure. Defaults to `60000`. */
  pauseMs?: number;
  /** The deadline of each wait for the job. Defaults to `60000`. */
  waitMs?: number;
  /** Sees every error the library threw, for logging and for the soak's checks. */
  onError?: (error: unknown, orderId: string) => void;
}

/** How registering an order ended. */
export type Registration =
  | {
      /** This caller's create stored the order (or adopted its own earlier attempt). */
      kind: "registered";
      job: CompletedJob;
      /**
       * Set when an attempt of ours had an unknown outcome before the order showed up as
       * stored: then it is ours, or an identical order from another writer (no one can tell).
       */
      adopted: boolean;
    }
  | {
      /** The same order was already stored by another writer: they own it. */
      kind: "registered by another writer";
      versionTag: string;
    }
  | {
      /** Final: a job outcome, a validation error, a conflicting order, or rounds exhausted. */
      kind: "failed";
      error: EngageError;
    };

/**
 * `instanceof` without narrowing: the error classes share one shape, so a narrowing check
 * would leave TypeScript believing nothing is left for the checks after it.
 */
const isA = (error: EngageError, Class: typeof EngageError): boolean => error instanceof Class;

/**
 * Tells whether a failed create may have been processed: some attempt got no answer, or a 5xx
 * other than 503 (a 429 or 503 is an answer given instead of doing the work). An error from
 * anything but the POST itself counts too: `createOrder` reads the order only after a create
 * attempt whose outcome was unknown, so a failed read means the create may well be stored.
 */
const mayHaveReachedEngage = (error: EngageError): boolean =>
  error.method !== "POST" ||
  error.attempts.length === 0 ||
  error.attempts.some(({ status }) => status === undefined || (status >= 500 && status !== 503));

/** Errors that end the registration: retrying cannot change them. */
const isFinal = (error: EngageError) =>
  isA(error, ValidationError) || isA(error, ContactMissingError) || isA(error, JobFailedError);

/**
 * The recommended way to register an order so that it is stored exactly once, under any
 * transport fault (the code the fault soak runs):
 *
 * 1. `createOrder` (with an embedded `orderAction` when the confirmation rides on it). The
 *    core retries transport trouble itself and resolves its own duplicates.
 * 2. `waitForJob` with a deadline. An error carrying `handle` (`JobTimeoutError`, transport
 *    trouble while polling) is resumed with that handle in a later round: the job may still
 *    finish, and re-creating would not help. After a timeout the wait polls sparsely (every
 *    30 s at most), since the job is queued behind something.
 * 3. Transport trouble on the create itself (no handle): send the create again in a later
 *    round. Safe, because `orderId` is unique.
 * 4. `OrderAlreadyExistsError`: read the order. If it holds what we sent, it is registered:
 *    by our own earlier round when one may have reached Engage, otherwise by another writer
 *    (a duplicate delivery), who then owns the follow-up.
 */
export async function registerOrder(
  client: OrdersClient,
  order: Order,
  options: CallerOptions & { orderAction?: OrderAction | undefined },
): Promise<Registration> {
  const { sleep, rounds = 10, pauseMs = 60_000, waitMs = 60_000, onError, orderAction } = options;
  const { orderId } = order;
  let handle: JobHandle | undefined;
  let exists = false;
  // Set once a round of ours may have reached Engage without telling us the outcome.
  let mayHaveSent = false;
  let last: EngageError | undefined;
  let pause = false;
  let late = false;
  for (let round = 0; round < rounds; round++) {
    if (pause) await sleep(pauseMs);
    pause = true;
    try {
      if (exists) {
        const stored = await getOrder(client, orderId);
        if (!sameContent(order, stored)) {
          return { kind: "failed", error: new OrderAlreadyExistsError(`Order ${orderId} differs`) };
        }
        if (mayHaveSent) {
          return {
            kind: "registered",
            job: { jobId: "", orderId, status: "Completed", versionTag: stored.versionTag },
            adopted: true,
          };
        }
        return { kind: "registered by another writer", versionTag: stored.versionTag };
      }
      handle ??= await createOrder(client, order, { orderAction });
      if (handle.retried) mayHaveSent = true;
      // A job that already missed a deadline sits behind a queue (Engage once held orders for
      // hours): check it twice a minute for longer, instead of every few seconds.
      const job = await waitForJob(
        client,
        handle,
        late ? { timeoutMs: 5 * waitMs, maxDelayMs: 30_000 } : { timeoutMs: waitMs },
      );
      return { kind: "registered", job, adopted: mayHaveSent };
    } catch (error) {
      onError?.(error, orderId);
      if (!(error instanceof EngageError)) throw error;
      const failure: EngageError = error;
      last = failure;
      if (isA(failure, OrderAlreadyExistsError)) {
        exists = true;
        // Reading the order is the next step, not a failed round: no pause, no round spent.
        pause = false;
        round--;
        continue;
      }
      if (isFinal(failure)) return { kind: "failed", error: failure };
      // The handle is plain JSON: a real caller stores it (a queue, a table) and resumes
      // from the stored copy, maybe in another process. The round trip proves it suffices.
      if (failure.handle) handle = JSON.parse(JSON.stringify(failure.handle)) as JobHandle;
      else if (mayHaveReachedEngage(failure)) mayHaveSent = true;
      if (isA(failure, JobTimeoutError)) late = true;
    }
  }
  return { kind: "failed", error: last as EngageError };
}
