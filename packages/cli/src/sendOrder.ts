import {
  createOrder,
  getOrder,
  type JobHandle,
  type Order,
  OrderAlreadyExistsError,
  OrderNotFoundError,
  type OrdersClient,
  OutcomeUnknownError,
  waitForJob,
} from "@engage-orders/core";
import { diffOrder, isSameOrder } from "./diffOrder.ts";
import type { Journal } from "./journal.ts";

/** One order on its way: where it is in the input and what is known about it. */
export interface OrderInFlight {
  /** Its position in the input. */
  ordinal: number;
  /** Where it is, for messages. */
  where: string;
  /** The order as the input has it. */
  order: Order;
  /** The job handle once Engage accepted the create. */
  handle?: JobHandle | undefined;
  /**
   * A create of it may have reached Engage already (an earlier attempt of this run or of an
   * earlier run had no clear answer): a 409 for it is then resolved by reading the order.
   */
  mayExist: boolean;
  /**
   * The create that made `handle` followed an earlier one with no clear answer: if its job
   * loses a race for the `orderId`, the winner may be that earlier create of ours.
   */
  handleAfterEarlierAttempt?: boolean | undefined;
}

/** How orders are sent. */
export interface SendSettings {
  client: OrdersClient;
  journal: Journal;
  /** The action embedded in every create, fired once the order is processed. */
  orderAction?: { action: string; language?: string } | undefined;
  /** Wait for each job's `versionTag`. */
  wait: boolean;
  /** How long one wait may last. */
  waitTimeoutMs: number;
  /** Aborts waits (a few seconds after the first Ctrl-C): the handle stays in the journal as pending. */
  soft: AbortSignal;
  /** Aborts everything (second Ctrl-C). */
  hard: AbortSignal;
}

/** The result of one attempt: the order is finished (`completed` with `--wait`, else `sent`). */
export type SendOutcome =
  | { state: "completed"; versionTag?: string | undefined }
  | { state: "sent" };

/**
 * Settles a 409 for an order whose create may have gone through earlier: the order in Engage
 * is read, and if it is the one in the input, the create counts as done (the embedded action
 * rode on that create, so it is not sent again). Any other order under this id is a conflict.
 */
async function adopt(
  item: OrderInFlight,
  conflict: OrderAlreadyExistsError,
  settings: SendSettings,
): Promise<SendOutcome> {
  let stored: Awaited<ReturnType<typeof getOrder>>;
  try {
    stored = await getOrder(settings.client, item.order.orderId, { signal: settings.hard });
  } catch (error) {
    if (error instanceof OrderNotFoundError) {
      // Accepted but not processed yet: unknown for now, so it is tried again later.
      throw new OutcomeUnknownError(
        `order ${item.order.orderId} was accepted earlier but is not readable yet`,
        { orderId: item.order.orderId, cause: error },
      );
    }
    throw error;
  }
  if (!isSameOrder(item.order, stored)) {
    const fields = diffOrder(item.order, stored)
      .filter((difference) => difference.kind !== "absent")
      .map((difference) => difference.field);
    throw new OrderAlreadyExistsError(
      `another order with orderId ${item.order.orderId} exists in Engage (it differs in ${fields.slice(0, 5).join(", ")})`,
      {
        orderId: item.order.orderId,
        status: 409,
        errorCode: "OrderAlreadyExists",
        cause: conflict,
      },
    );
  }
  settings.journal.append({
    ordinal: item.ordinal,
    orderId: item.order.orderId,
    state: "completed",
    versionTag: stored.versionTag,
  });
  return { state: "completed", versionTag: stored.versionTag };
}

/**
 * Sends one order once (creating it unless a handle is known, then waiting when asked),
 * recording each step in the journal before and after it happens. Throws what went wrong;
 * the caller decides whether to try the order again later.
 */
export async function sendOrderOnce(
  item: OrderInFlight,
  settings: SendSettings,
): Promise<SendOutcome> {
  const { client, journal } = settings;
  const orderId = item.order.orderId;
  if (!item.handle) {
    // Recorded before the request leaves: after a crash, this order may exist in Engage.
    journal.append({ ordinal: item.ordinal, orderId: orderId, state: "sending" });
    const alreadyTried = item.mayExist;
    item.mayExist = true;
    try {
      item.handleAfterEarlierAttempt = alreadyTried;
      item.handle = await createOrder(client, item.order, {
        signal: settings.hard,
        ...(settings.orderAction ? { orderAction: settings.orderAction } : {}),
      });
    } catch (error) {
      if (error instanceof OrderAlreadyExistsError && alreadyTried) {
        return adopt(item, error, settings);
      }
      throw error;
    }
    journal.append({
      ordinal: item.ordinal,
      orderId,
      state: "sent",
      handle: item.handle,
      ...(alreadyTried ? { afterEarlierAttempt: true } : {}),
    });
  }
  const handle = item.handle;
  if (handle.status === "Completed" && handle.versionTag !== undefined) {
    journal.append({
      ordinal: item.ordinal,
      orderId: orderId,
      state: "completed",
      versionTag: handle.versionTag,
    });
    return { state: "completed", versionTag: handle.versionTag };
  }
  if (!settings.wait) return { state: "sent" };
  try {
    const job = await waitForJob(client, handle, {
      timeoutMs: settings.waitTimeoutMs,
      signal: settings.soft,
    });
    journal.append({
      ordinal: item.ordinal,
      orderId: orderId,
      state: "completed",
      versionTag: job.versionTag,
    });
    return { state: "completed", versionTag: job.versionTag };
  } catch (error) {
    // The job lost a race against our own earlier create of the same order.
    if (error instanceof OrderAlreadyExistsError && item.handleAfterEarlierAttempt) {
      return adopt(item, error, settings);
    }
    throw error;
  }
}
