import { custom } from "valibot";
import type { OpenObject } from "./OpenObjectSchema.ts";

const isOpenObject = (value: unknown): value is OpenObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The schema of an undocumented field that real payloads send either as one object or as a list
 * of objects (payments, fees, discounts, taxes): both are accepted and kept as sent, so no real
 * order is refused for its shape; anything else is an error.
 */
export const OpenObjectOrListSchema = /* @__PURE__ */ custom<OpenObject | OpenObject[]>(
  (input) => isOpenObject(input) || (Array.isArray(input) && Array.from(input).every(isOpenObject)),
  (issue) => `must be an object or a list of objects (received ${issue.received})`,
);
