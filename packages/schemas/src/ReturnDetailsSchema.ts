import { check, type InferOutput, looseObject, optional, picklist, pipe, string } from "valibot";
import { issueMessage } from "./issueMessage.ts";

/** The schema of why a line item was returned: a `type` and a `reason` of at most 255 characters. */
export const ReturnDetailsSchema = /* @__PURE__ */ looseObject(
  {
    type: /* @__PURE__ */ picklist(["Normal", "Complaint", "Change"], issueMessage),
    reason: /* @__PURE__ */ optional(
      /* @__PURE__ */ pipe(
        /* @__PURE__ */ string(issueMessage),
        /* @__PURE__ */ check(
          (reason: string) => reason.length <= 255,
          (issue) =>
            `must be at most 255 characters long (it has ${(issue.input as string).length})`,
        ),
      ),
    ),
  },
  issueMessage,
);

/** Why a line item was returned. */
export type ReturnDetails = InferOutput<typeof ReturnDetailsSchema>;
