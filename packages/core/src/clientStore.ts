import type { OrdersClient } from "./createOrdersClient.ts";
import type { ActionAccepted, ActionRequest } from "./types.ts";

/** The writes a client has in flight, one per intent. */
export interface InFlightWrites {
  /**
   * Sends a write once per intent: while a write of an equal `intent` is in flight, returns
   * that write's promise instead of calling `send` (a double click or a framework's double
   * effect sends one request). Once the write settles, an equal intent is sent again.
   *
   * @param intent What the write is, as JSON-serializable data (e.g. the operation, the order
   *   id and the argument): intents with equal JSON, whatever the order of their objects'
   *   keys, are the same write.
   * @param send Sends the write; called only when no equal write is in flight.
   */
  sendOnce<Result>(intent: unknown, send: () => Promise<Result>): Promise<Result>;
  /** How many writes are in flight. */
  readonly size: number;
}

/** The actions Engage accepted through a client, by order and exact request. */
export interface AcceptedActions {
  /**
   * The acceptance of an action sent earlier for `orderId` with an equal `request` (same
   * action, same `versionTag`, same details, in any key order), or `undefined` when none was
   * accepted.
   */
  get(orderId: string, request: ActionRequest): ActionAccepted | undefined;
  /** Remembers that Engage accepted `request` for `orderId`, so it need not be sent again. */
  set(orderId: string, request: ActionRequest, accepted: ActionAccepted): void;
}

/**
 * The memory a client keeps for interactive use, shared by every view of an application that
 * uses the client: React hooks, another framework's bindings or plain code. Framework-free
 * plain data and functions; it goes away with the client.
 */
export interface OrdersClientStore {
  /** The writes in flight, so an equal write triggered again is sent once. */
  readonly inFlightWrites: InFlightWrites;
  /**
   * The latest known `versionTag` per order id, from completed jobs and reads of the order:
   * an action sent without a `versionTag` quotes it. Delete an entry once it proves stale
   * (a `VersionTagMismatchError`), so the next action reads the order first.
   */
  readonly knownVersionTags: Map<string, string>;
  /** The actions already accepted, so one is not sent twice for the same version. */
  readonly acceptedActions: AcceptedActions;
}

/**
 * The JSON of `value` with every object's keys in sorted order, so two equal intents or
 * requests built in a different key order name the same entry.
 */
function keyOf(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (!member || typeof member !== "object" || Array.isArray(member)) return member;
    const entries = Object.entries(member);
    entries.sort(([first], [second]) => (first < second ? -1 : 1));
    return Object.fromEntries(entries);
  });
}

// Keyed by the client object, so a store goes away with its client.
const stores = new WeakMap<OrdersClient, OrdersClientStore>();

/** Creates an empty store. */
function createStore(): OrdersClientStore {
  const writes = new Map<string, Promise<unknown>>();
  const accepted = new Map<string, ActionAccepted>();
  const actionKey = (orderId: string, request: ActionRequest) => keyOf([orderId, request]);
  return {
    inFlightWrites: {
      sendOnce<Result>(intent: unknown, send: () => Promise<Result>): Promise<Result> {
        const key = keyOf(intent);
        const inFlight = writes.get(key);
        if (inFlight) return inFlight as Promise<Result>;
        const write = send().finally(() => {
          writes.delete(key);
        });
        writes.set(key, write);
        return write;
      },
      get size() {
        return writes.size;
      },
    },
    knownVersionTags: new Map(),
    acceptedActions: {
      get: (orderId, request) => accepted.get(actionKey(orderId, request)),
      set(orderId, request, acceptance) {
        accepted.set(actionKey(orderId, request), acceptance);
      },
    },
  };
}

/**
 * Returns the store of a client: one per client, created on first use, shared by everyone
 * who asks for it with that client. Create the client once (not per render), since its
 * store lives as long as it does.
 *
 * @example
 * ```ts
 * const store = ordersClientStore(client);
 * const handle = await store.inFlightWrites.sendOnce(["delete", orderId], () =>
 *   deleteOrder(client, orderId),
 * );
 * const versionTag = store.knownVersionTags.get(orderId);
 * ```
 */
export function ordersClientStore(client: OrdersClient): OrdersClientStore {
  let store = stores.get(client);
  if (!store) {
    store = createStore();
    stores.set(client, store);
  }
  return store;
}
