import { array, type InferOutput } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { TextSchema } from "./TextSchema.ts";

/** The schema of an order's `references`: other ids the order is known by, as strings. */
export const ReferencesSchema = /* @__PURE__ */ array(TextSchema, issueMessage);

/** Other ids an order is known by. */
export type References = InferOutput<typeof ReferencesSchema>;
