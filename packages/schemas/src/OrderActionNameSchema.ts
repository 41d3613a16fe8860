import { type InferOutput, picklist } from "valibot";
import { issueMessage } from "./issueMessage.ts";

/** The schema of an embedded action's name: one of the six actions Engage documents. */
export const OrderActionNameSchema = /* @__PURE__ */ picklist(
  [
    "ConfirmOrder",
    "ConfirmShipment",
    "ConfirmDelivery",
    "ConfirmCancellation",
    "ConfirmCompletion",
    "Custom",
  ],
  issueMessage,
);

/** The name of an action Engage documents. */
export type OrderActionName = InferOutput<typeof OrderActionNameSchema>;
