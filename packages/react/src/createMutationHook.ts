import type { EngageError, OrdersClient } from "@engage-orders/core";
import type { SWRMutationConfiguration, SWRMutationResponse } from "swr/mutation";
import { core, useSWRMutation } from "./deps.ts";
import { MUTATION_KEY } from "./keys.ts";
import { useOrdersClient } from "./useOrdersClient.ts";
import { useUnmountSignal } from "./useUnmountSignal.ts";

/** The SWR key of a mutation hook: `[MUTATION_KEY, operation, orderId]`, or `null` (disabled). */
export type MutationKey = readonly [typeof MUTATION_KEY, string, string] | null;

/** The SWR options a mutation hook passes through (`onSuccess`, `onError`, `throwOnError` …). */
export type MutationOptions<Data, Arg> = SWRMutationConfiguration<
  Data,
  EngageError,
  MutationKey,
  Arg
> & {
  throwOnError?: boolean;
};

/** What a mutation hook returns: SWR's `trigger`, `data`, `error`, `isMutating` and `reset`. */
export type MutationResult<Data, Arg> = SWRMutationResponse<Data, EngageError, MutationKey, Arg>;

/**
 * Creates a mutation hook around one core call. The hook is wiring only: an SWR mutation key,
 * a fetcher that calls `send` with the client of the nearest provider, and the SWR options
 * passed through. `send` takes what the core's operations take, `(client, orderId, arg,
 * { signal })`, so one such as `changeOrderStatus` can be passed as it is. Two guarantees are added around the fetcher:
 *
 * - single-flight per intent: triggering the same operation with an equal argument while the
 *   first request is in flight returns that request's promise (one request);
 * - unmount safety: the request gets an AbortSignal that aborts when the component unmounts,
 *   so no retry, poll or follow-up request runs afterwards.
 *
 * `orderId: null` disables the hook (`trigger` throws); the order id is part of the intent.
 *
 * @example
 * ```ts
 * const useArchiveOrder = createMutationHook("archive", (client, orderId, arg: { note: string }, options) =>
 *   changeOrderStatus(client, orderId, { externalStatus: "Archived" }, options));
 * ```
 */
export function createMutationHook<Data, Arg = never>(
  operation: string,
  send: (
    client: OrdersClient,
    orderId: string,
    arg: Arg,
    options: { signal: AbortSignal },
  ) => Promise<Data>,
) {
  return (
    orderId?: string | null,
    options?: MutationOptions<Data, Arg>,
  ): MutationResult<Data, Arg> => {
    const client = useOrdersClient();
    const signal = useUnmountSignal();
    return useSWRMutation(
      orderId === null ? null : ([MUTATION_KEY, operation, orderId ?? ""] as const),
      ([, , orderIdInKey]: readonly [string, string, string], { arg }: { arg: Arg }) =>
        // Single flight: the intent (this operation, its order and argument) names the
        // request in the client's store while it is in flight.
        core
          .ordersClientStore(client)
          .inFlightWrites.sendOnce([operation, orderIdInKey, arg], () =>
            send(client, orderIdInKey, arg, { signal }),
          ),
      options,
    ) as MutationResult<Data, Arg>;
  };
}
