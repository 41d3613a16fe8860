import { boolean, type InferOutput, looseObject, nullish } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { maybeText } from "./responseFields.ts";

/**
 * The schema of the 202 body of an action request, `{ orderId, action, accepted: true }`.
 * Every member is optional: Engage may answer with an empty body, which callers treat as
 * accepted without parsing.
 */
export const ActionAcceptedSchema = /* @__PURE__ */ looseObject(
  {
    orderId: maybeText,
    action: maybeText,
    accepted: /* @__PURE__ */ nullish(/* @__PURE__ */ boolean(issueMessage)),
  },
  issueMessage,
);

/** The body of an accepted action request. */
export type ActionAccepted = InferOutput<typeof ActionAcceptedSchema>;
