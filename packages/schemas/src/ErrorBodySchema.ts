import { array, type GenericSchema, type InferOutput, looseObject, nullish } from "valibot";
import type { ErrorCode } from "./ErrorCode.ts";
import { ErrorEntrySchema } from "./ErrorEntrySchema.ts";
import { issueMessage } from "./issueMessage.ts";
import { maybeText } from "./responseFields.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of an error body in this project's shape,
 * `{ errorCode, message, errors: [{ field, message }] }`. Every member is optional because
 * Engage's own 500 answer holds only `message`.
 */
export const ErrorBodySchema = /* @__PURE__ */ looseObject(
  {
    errorCode: /* @__PURE__ */ nullish(TextSchema as GenericSchema<ErrorCode>),
    message: maybeText,
    errors: /* @__PURE__ */ nullish(/* @__PURE__ */ array(ErrorEntrySchema, issueMessage)),
  },
  issueMessage,
);

/** An error body in this project's shape. */
export type ErrorBody = InferOutput<typeof ErrorBodySchema>;
