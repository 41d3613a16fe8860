import type {
  EngageError,
  Job,
  JobHandle,
  JobOperation,
  OrdersClient,
  WaitOptions,
} from "@engage-orders/core";
import type { MutatorCallback } from "swr";
import { memoryOf } from "./clientState";
import { getJob, waitForJob } from "./deps";
import { initialJobState, type JobState, withJob } from "./jobState";
import { type RevalidationTarget, revalidateOrder } from "./revalidateOrder";

/** How a job is watched: the core's wait options, plus the operation of a bare job id. */
export interface WatchJobOptions extends Omit<WaitOptions, "signal" | "onProgress"> {
  /** The operation of a job given by id only (a delete has no `versionTag`). Defaults to `"create"`. */
  operation?: JobOperation | undefined;
}

/** Where a watch reports and what it reads from SWR's config. */
export interface WatchTarget extends RevalidationTarget {
  /** Tells whether the page is visible (SWR's `isVisible`). */
  isVisible: () => boolean;
}

/** A running watch: `resume` restarts it after transport trouble or a timeout, `stop` ends it. */
export interface JobWatch {
  resume: () => void;
  stop: () => void;
}

/**
 * Watches one job with the core's `waitForJob` (its learned schedule, `Retry-After`, deadline
 * and retry budget) and reports every status to `next`; `stop` aborts it at once (no request
 * is sent afterwards). One watch serves every component that watches the job. It pauses
 * (aborting the wait, sleeps included) while the page is hidden and resumes when it shows
 * again; after transport trouble or a timeout it waits for that or for `resume`. A job
 * outcome is final. A completed job revalidates its order and the contact order lists.
 */
export function watchJob(
  client: OrdersClient,
  target: JobHandle | string,
  { operation = "create", ...wait }: WatchJobOptions,
  swr: WatchTarget,
  next: (error?: EngageError | null, data?: MutatorCallback<JobState>) => void,
): JobWatch {
  let handle = typeof target === "string" ? undefined : target;
  let controller: AbortController | undefined;
  let finished = false;
  const report = (job: Job) =>
    next(null, (state) => withJob(state ?? (handle && initialJobState(handle)), job, client.now()));
  const run = async (signal: AbortSignal) => {
    if (!handle) {
      // A bare job id: one read tells the order the wait needs. It starts a tick later, so
      // StrictMode's immediate unsubscribe aborts it before anything is sent.
      await client.sleep(0, signal);
      const job = await getJob(client, target as string, { signal });
      report(job);
      handle = {
        ...job,
        operation,
        pollUrl: `/api/v3/orders/jobs/${encodeURIComponent(job.jobId)}`,
        // Empty when unknown: the wait then counts from now.
        startedAt: job.createdAt ?? "",
      };
    }
    const job = await waitForJob(client, handle, { ...wait, signal, onProgress: report });
    report(job);
    finished = true;
    memoryOf(client).set(`tag:${job.orderId}`, job.versionTag);
    revalidateOrder(swr, job.orderId);
  };
  const start = () => {
    if (finished || controller || !swr.isVisible()) return;
    const current = new AbortController();
    controller = current;
    run(current.signal).catch((error: EngageError | undefined) => {
      if (current.signal.aborted) return;
      // A job outcome is final; transport trouble and timeouts resume on `resume` or when shown.
      controller = undefined;
      finished = !!error?.job;
      next(error);
    });
  };
  const pause = () => {
    controller?.abort();
    controller = undefined;
  };
  const onVisibility = () => (swr.isVisible() ? start() : pause());
  // Only ever called in an effect, so server rendering never reaches `document`.
  const { document } = globalThis;
  document?.addEventListener("visibilitychange", onVisibility);
  start();
  return {
    resume: start,
    stop() {
      finished = true;
      pause();
      document?.removeEventListener("visibilitychange", onVisibility);
    },
  };
}
