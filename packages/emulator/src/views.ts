import type { JobBody } from "./jobs.ts";
import { jobBody } from "./jobs.ts";
import type { JobOperation, JobRecord, OrderAction } from "./state.ts";
import { cloneJson } from "./state.ts";

/** A job as the inspection API shows it: the HTTP job body plus what the emulator knows. */
export interface JobView extends JobBody {
  /** The kind of write. */
  operation: JobOperation;
  /** Whether the stalled-jobs fault holds it. */
  stalled: boolean;
  /** When it is due to finish (ISO 8601). */
  dueAt: string;
  /** The embedded action it carries. */
  orderAction?: OrderAction;
}

/** A stored order as the inspection API shows it. */
export interface OrderView {
  /** The stored document, as `GET /api/v3/orders/{orderId}` answers it. */
  order: { [key: string]: unknown; orderId: string; versionTag: string };
  /** The linked contact, or `null`. */
  contactId: string | null;
}

/** Builds the inspection view of a job. */
export function toJobView(job: JobRecord, now: number): JobView {
  return cloneJson({
    ...jobBody(job, now),
    operation: job.operation,
    stalled: job.stalled,
    dueAt: new Date(job.processAt).toISOString(),
    ...(job.orderAction ? { orderAction: job.orderAction } : {}),
  });
}
