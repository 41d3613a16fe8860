import { looseObject } from "valibot";
import { issueMessage } from "./issueMessage";

/**
 * The schema of an object whose shape Engage does not document (payments, fees, discounts,
 * taxes, group, extra data): any keys are accepted and kept unchanged.
 */
export const OpenObjectSchema = /* @__PURE__ */ looseObject({}, issueMessage);

/** An object whose shape Engage does not document, kept as sent. */
export type OpenObject = { [key: string]: unknown };
