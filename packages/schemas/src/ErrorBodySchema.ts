import { array, type GenericSchema, type InferOutput, looseObject, nullish } from "valibot";
import type { ErrorCode } from "./ErrorCode";
import { ErrorEntrySchema } from "./ErrorEntrySchema";
import { issueMessage } from "./issueMessage";
import { maybeText } from "./responseFields";
import { TextSchema } from "./TextSchema";

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
