import type { RouteContext } from "../context.js";
import { jobUrl, jsonResponse } from "../http.js";
import { jobStatus } from "../jobs.js";
import type { JobRecord } from "../state.js";

/** Answers an accepted write: 202 with `{ jobId, status, orderId, href }` and a `Location` header. */
export function acceptedResponse(context: RouteContext, job: JobRecord): Response {
  const href = jobUrl(context.origin, job.jobId);
  return jsonResponse(
    202,
    { jobId: job.jobId, status: jobStatus(job, context.now), orderId: job.orderId, href },
    { location: href },
  );
}
