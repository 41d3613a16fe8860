import { type InferOutput, looseObject, optional } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of an order's billing address. Engage documents only `title` and `firstname`;
 * every other key is accepted and kept unchanged.
 */
export const BillingAddressSchema = /* @__PURE__ */ looseObject(
  { title: /* @__PURE__ */ optional(TextSchema), firstname: /* @__PURE__ */ optional(TextSchema) },
  issueMessage,
);

/** An order's billing address. */
export type BillingAddress = InferOutput<typeof BillingAddressSchema>;
