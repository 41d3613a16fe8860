import { type InferOutput, looseObject, optional } from "valibot";
import { issueMessage } from "./issueMessage";
import { TextSchema } from "./TextSchema";

/**
 * The schema of an order's billing address. Engage documents only `title` and `firstname`;
 * every other key is accepted and kept unchanged.
 */
export const BillingAddressSchema = looseObject(
  { title: optional(TextSchema), firstname: optional(TextSchema) },
  issueMessage,
);

/** An order's billing address. */
export type BillingAddress = InferOutput<typeof BillingAddressSchema>;
