import type { OrderFlowOutput } from "./OrderFlow.ts";
import { type OrderFlowFailure, parseFailure } from "./orderFlowFailure.ts";
import type { OrderFlowBinding } from "./startOrderFlow.ts";

/** An order flow's state, as `readOrderFlow` reports it. */
export interface OrderFlowState {
  /** The instance id. */
  id: string;
  /** The Workflow instance status: `queued`, `running`, `waiting`, `complete`, `errored` … */
  status: string;
  /** The flow's result once `complete`: the job timeline and the final `versionTag`. */
  output?: OrderFlowOutput;
  /** Why it ended, once `errored`: the core's error name and what to check by hand. */
  failure?: OrderFlowFailure;
  /** The instance's error as Workflows report it, when it is not a flow failure. */
  error?: { name: string; message: string };
}

/**
 * Reads an order flow's state: its status, and once finished its output (the job timeline
 * and `versionTag`) or its failure (e.g. `OutcomeUnknownError` with the order id, action,
 * `versionTag` and Engage's answer).
 *
 * @example
 * ```ts
 * const state = await readOrderFlow(env.ORDER_FLOW, id);
 * if (state.failure?.name === "OutcomeUnknownError") alertSupport(state.failure);
 * ```
 */
export async function readOrderFlow(
  binding: OrderFlowBinding,
  id: string,
): Promise<OrderFlowState> {
  const instance = await binding.get(id);
  const { status, output, error } = await instance.status();
  const state: OrderFlowState = { id, status };
  if (output !== undefined && output !== null) state.output = output as OrderFlowOutput;
  if (error) {
    const failure = parseFailure(error);
    if (failure) state.failure = failure;
    else state.error = { name: error.name, message: error.message };
  }
  return state;
}
