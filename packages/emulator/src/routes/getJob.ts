import type { RouteHandler } from "../context.ts";
import { errorResponse, jsonResponse, orderUrl } from "../http.ts";
import { jobBody } from "../jobs.ts";

/**
 * Handles `GET /api/v3/orders/jobs/{jobId}`: the job body. With `completion: 302`, a
 * `Completed` job that left an order answers 302 to that order instead.
 */
export const getJob: RouteHandler = (context) => {
  const jobId = context.params.jobId ?? "";
  const job = context.state.jobs.get(jobId);
  if (!job) {
    return errorResponse(404, "JobNotFound", `Job ${JSON.stringify(jobId)} does not exist.`);
  }
  const body = jobBody(job, context.now);
  if (
    context.settings.completion === 302 &&
    body.status === "Completed" &&
    job.operation !== "delete" &&
    context.state.orders.has(job.orderId)
  ) {
    return new Response(null, {
      status: 302,
      headers: { location: orderUrl(context.origin, job.orderId) },
    });
  }
  return jsonResponse(200, body);
};
