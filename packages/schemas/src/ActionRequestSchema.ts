import { type GenericSchema, type InferOutput, looseObject, optional, unknown } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { NonEmptyTextSchema } from "./NonEmptyTextSchema.ts";
import type { OpenString } from "./OpenString.ts";
import type { OrderActionName } from "./OrderActionNameSchema.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of the body of `POST /api/v3/orders/{orderId}/action`. Engage lets the caller
 * choose the `action` string, so any non-empty string is accepted (the documented names are
 * suggested in the type); `versionTag` is the processed version the action applies to.
 */
export const ActionRequestSchema = /* @__PURE__ */ looseObject(
  {
    action: NonEmptyTextSchema as GenericSchema<OpenString<OrderActionName>>,
    versionTag: NonEmptyTextSchema,
    language: /* @__PURE__ */ optional(TextSchema),
    data: /* @__PURE__ */ optional(/* @__PURE__ */ unknown()),
  },
  issueMessage,
);

/** The body of an action request. */
export type ActionRequest = InferOutput<typeof ActionRequestSchema>;
