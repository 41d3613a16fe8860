import { nullish } from "valibot";
import { MoneySchema } from "./MoneySchema";
import { OpenObjectSchema } from "./OpenObjectSchema";
import { TextSchema } from "./TextSchema";

// Shared optional fields of response schemas. Engage may leave a field out or send `null`
// for it, so response schemas accept both; one instance each keeps the bundle small.

/** A response string that may be absent or `null`. */
export const maybeText = /* @__PURE__ */ nullish(TextSchema);

/** A response number that may be absent or `null`. */
export const maybeNumber = /* @__PURE__ */ nullish(MoneySchema);

/** A response object of undocumented shape that may be absent or `null`. */
export const maybeObject = /* @__PURE__ */ nullish(OpenObjectSchema);
