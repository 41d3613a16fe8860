import type { RouteContext } from "../context.ts";
import { jobUrl, jsonResponse } from "../http.ts";
import { jobStatus } from "../jobs.ts";
import type { JobRecord } from "../state.ts";

/**
 * Answers an accepted write: 202 with `{ jobId, status, orderId, href }` and a `Location`
 * header (the status and body follow the `acceptedStatus` and `acceptedBody` variants).
 */
export function acceptedResponse(context: RouteContext, job: JobRecord): Response {
  const href = jobUrl(context.origin, job.jobId);
  const { acceptedStatus, acceptedBody } = context.settings.variants;
  if (acceptedBody === "empty") {
    return new Response(null, { status: acceptedStatus, headers: { location: href } });
  }
  return jsonResponse(
    acceptedStatus,
    { jobId: job.jobId, status: jobStatus(job, context.now), orderId: job.orderId, href },
    { location: href },
  );
}
