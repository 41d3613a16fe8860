export {
  OrderFlow,
  type OrderFlowEnv,
  type OrderFlowOutput,
  type OrderFlowTimelineEntry,
} from "./OrderFlow.ts";
export { type OrderFlowFailure, parseFailure } from "./orderFlowFailure.ts";
export {
  DEFAULT_ORDER_ACTION,
  type OrderFlowAction,
  type OrderFlowParams,
  type OrderFlowPolling,
  resolveOrderFlowParams,
} from "./orderFlowParams.ts";
export { type OrderFlowState, readOrderFlow } from "./readOrderFlow.ts";
export {
  type OrderFlowBinding,
  orderFlowId,
  type StartedOrderFlow,
  startOrderFlow,
} from "./startOrderFlow.ts";
