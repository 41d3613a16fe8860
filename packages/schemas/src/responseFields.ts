import { nullish, optional, unknown } from "valibot";
import { MoneySchema } from "./MoneySchema.ts";
import { TextSchema } from "./TextSchema.ts";

// Shared optional fields of response schemas. Engage may leave a field out or send `null`
// for it, so response schemas accept both; one instance each keeps the bundle small.

/** A response string that may be absent or `null`. */
export const maybeText = /* @__PURE__ */ nullish(TextSchema);

/** A response number that may be absent or `null`. */
export const maybeNumber = /* @__PURE__ */ nullish(MoneySchema);

/**
 * A response value of undocumented shape (payments, fees, discounts, taxes, group): any JSON,
 * kept as sent, because Engage may answer with a list, an object or `null` there.
 */
export const maybeAnything = /* @__PURE__ */ optional(/* @__PURE__ */ unknown());
