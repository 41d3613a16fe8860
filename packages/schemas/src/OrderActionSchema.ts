import { type InferOutput, looseObject, optional, unknown } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { OrderActionNameSchema } from "./OrderActionNameSchema.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of `orderAction`, the action a create, replace, change-status or change-delivery
 * request asks Engage to fire once the change is processed: a documented `action` name, an
 * optional `language` (culture tag such as `en-US`) and optional free `data` for the automation.
 */
export const OrderActionSchema = /* @__PURE__ */ looseObject(
  {
    action: OrderActionNameSchema,
    language: /* @__PURE__ */ optional(TextSchema),
    data: /* @__PURE__ */ optional(/* @__PURE__ */ unknown()),
  },
  issueMessage,
);

/** An action embedded in a write request, fired once the change is processed. */
export type OrderAction = InferOutput<typeof OrderActionSchema>;
