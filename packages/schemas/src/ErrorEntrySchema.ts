import { type InferOutput, looseObject } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { maybeText } from "./responseFields.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of one entry of an `errors` list in an error body or a job: a `message` and,
 * when the problem is with one field, its dotted path in `field`.
 */
export const ErrorEntrySchema = /* @__PURE__ */ looseObject(
  { field: maybeText, message: TextSchema },
  issueMessage,
);

/** One entry of an `errors` list. */
export type ErrorEntry = InferOutput<typeof ErrorEntrySchema>;
