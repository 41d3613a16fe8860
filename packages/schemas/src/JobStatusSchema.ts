import { array, type GenericSchema, type InferOutput, looseObject, nullish } from "valibot";
import type { ErrorCode } from "./ErrorCode.ts";
import { ErrorEntrySchema } from "./ErrorEntrySchema.ts";
import { issueMessage } from "./issueMessage.ts";
import type { JobState } from "./JobState.ts";
import { maybeText } from "./responseFields.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of `GET /api/v3/orders/jobs/{jobId}`: the job's `status` and, once `Completed`,
 * the `versionTag` of the processed order; `errorCode` and `errors` explain a `Failed` or
 * `CompletedWithErrors` job. Only `jobId` and `status` are required, since Engage does not
 * document the body.
 */
export const JobStatusSchema = /* @__PURE__ */ looseObject(
  {
    jobId: TextSchema,
    orderId: maybeText,
    status: TextSchema as GenericSchema<JobState>,
    versionTag: maybeText,
    errorCode: /* @__PURE__ */ nullish(TextSchema as GenericSchema<ErrorCode>),
    errors: /* @__PURE__ */ nullish(/* @__PURE__ */ array(ErrorEntrySchema, issueMessage)),
    createdAt: maybeText,
    completedAt: maybeText,
  },
  issueMessage,
);

/** The status of an asynchronous job. */
export type JobStatus = InferOutput<typeof JobStatusSchema>;
