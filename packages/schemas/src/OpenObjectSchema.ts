import { custom } from "valibot";

/** An object whose shape Engage does not document, kept as sent. */
export type OpenObject = { [key: string]: unknown };

/**
 * The schema of an object whose shape Engage does not document (payments, fees, discounts,
 * taxes, group, extra data): any keys are accepted and the object is kept as sent. Arrays are
 * rejected rather than turned into objects.
 */
export const OpenObjectSchema = /* @__PURE__ */ custom<OpenObject>(
  (input) => typeof input === "object" && input !== null && !Array.isArray(input),
  (issue) => `must be an object (received ${issue.received})`,
);
