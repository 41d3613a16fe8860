import {
  type InferOutput,
  looseObject,
  maxLength,
  optional,
  picklist,
  pipe,
  string,
} from "valibot";
import { issueMessage } from "./issueMessage";

/** The schema of why a line item was returned: a `type` and a `reason` of at most 255 characters. */
export const ReturnDetailsSchema = looseObject(
  {
    type: picklist(["Normal", "Complaint", "Change"], issueMessage),
    reason: optional(pipe(string(issueMessage), maxLength(255, issueMessage))),
  },
  issueMessage,
);

/** Why a line item was returned. */
export type ReturnDetails = InferOutput<typeof ReturnDetailsSchema>;
