import { type GenericSchema, type InferOutput, looseObject, nullish } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import type { JobState } from "./JobState.ts";
import { maybeText } from "./responseFields.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of the body of an accepted write (202, or 201 on one Engage page): the `jobId`
 * to poll, its `status`, the `orderId` and `href`, the absolute URL of the job. Only `jobId`
 * is required, because the job can also be read from the `Location` header.
 */
export const AcceptedJobSchema = /* @__PURE__ */ looseObject(
  {
    jobId: TextSchema,
    status: /* @__PURE__ */ nullish(TextSchema as GenericSchema<JobState>),
    orderId: maybeText,
    href: maybeText,
  },
  issueMessage,
);

/** The body of an accepted write: a reference to the job that processes it. */
export type AcceptedJob = InferOutput<typeof AcceptedJobSchema>;
