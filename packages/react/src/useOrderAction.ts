import type { ActionAccepted, OrderAction } from "@engage-orders/core";
import {
  createMutationHook,
  type MutationOptions,
  type MutationResult,
} from "./createMutationHook.ts";
import { core } from "./deps.ts";
import { revalidateAfter } from "./revalidation.ts";
import { useOrdersClient } from "./useOrdersClient.ts";

/** The argument of `useOrderAction`'s `trigger`. */
export interface OrderActionArg extends OrderAction {
  /**
   * The `versionTag` of the version the action is about. Defaults to the latest one known:
   * from the last completed job of the order or the last read of it (`useOrder`), else read
   * from Engage first.
   */
  versionTag?: string;
  /**
   * Sends the action although this client already had it accepted for this version (e.g. a
   * deliberate "send the email again"). Defaults to `false`: it is not sent twice.
   */
  resend?: boolean;
}

/** What `useOrderAction` returns: the SWR mutation plus `refresh`. */
export interface OrderActionResult extends MutationResult<ActionAccepted, OrderActionArg> {
  /**
   * Recovers from a `VersionTagMismatchError`: forgets the stale `versionTag`, clears the
   * error and revalidates every mounted `useOrder` of the order and the contact order lists
   * (the order changed elsewhere). The next `trigger` quotes the current version (read from
   * Engage when no newer one is known).
   */
  refresh: () => void;
}

const useAction = /* @__PURE__ */ createMutationHook<ActionAccepted, OrderActionArg>(
  "action",
  async (client, orderId, { resend, ...action }, options) => {
    const { knownVersionTags, acceptedActions } = core.ordersClientStore(client);
    // The version quoted: the one given, else the latest known, else the order's current one.
    let versionTag = action.versionTag ?? knownVersionTags.get(orderId);
    if (versionTag === undefined) {
      versionTag = (await core.getOrder(client, orderId, options)).versionTag;
    }
    const request = { ...action, versionTag };
    if (!resend) {
      const acceptedBefore = acceptedActions.get(orderId, request);
      if (acceptedBefore) return acceptedBefore;
    }
    try {
      const accepted = await core.triggerAction(client, orderId, request, options);
      acceptedActions.set(orderId, request, accepted);
      return accepted;
    } catch (error) {
      // A stale tag (a VersionTagMismatchError above all) is not quoted again: after any
      // failure the next trigger reads the order first.
      if (knownVersionTags.get(orderId) === versionTag) knownVersionTags.delete(orderId);
      throw error;
    }
  },
);

/**
 * Sends an action (automation) on a processed order through `useSWRMutation`.
 *
 * - The `versionTag` comes from the latest completed job or read of the order when not given.
 * - Single-flight per intent: a double click or a StrictMode double effect sends one request,
 *   and an action this client already had accepted for the same version is not sent again
 *   (unless `resend: true`).
 * - A version mismatch ends in `VersionTagMismatchError` (never retried); `refresh()`
 *   recovers. An order without a contact ends in `ContactMissingError`.
 *
 * @example
 * ```tsx
 * const { trigger, isMutating, error, refresh } = useOrderAction("o-1001");
 * <button disabled={isMutating} onClick={() => trigger({ action: "ConfirmOrder", language: "sv-SE" })}>Confirm</button>
 * {error instanceof VersionTagMismatchError && <button onClick={refresh}>Reload the order</button>}
 * ```
 */
export function useOrderAction(
  orderId: string | null | undefined,
  options?: MutationOptions<ActionAccepted, OrderActionArg>,
): OrderActionResult {
  const client = useOrdersClient();
  const result = useAction(orderId ?? null, options) as OrderActionResult;
  result.refresh = () => {
    result.reset();
    revalidateAfter(client, orderId);
  };
  return result;
}
