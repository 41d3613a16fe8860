import { type InferOutput, picklist } from "valibot";
import { issueMessage } from "./issueMessage.ts";

/** The schema of an order's internal status in a request: one of the three Engage knows. */
export const OrderStatusSchema = /* @__PURE__ */ picklist(
  ["InProgress", "Completed", "Cancelled"],
  issueMessage,
);

/** The internal status of an order. */
export type OrderStatus = InferOutput<typeof OrderStatusSchema>;
