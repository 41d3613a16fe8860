import type { CompletedJob, EngageError, Job, JobHandle, JobStatus } from "@engage-orders/core";
import { useEffect, useRef, useSWRConfig, useSWRSubscription } from "./deps";
import { initialJobState, isOutcome, type JobState, type JobTimelineEntry } from "./jobState";
import { JOB_KEY } from "./keys";
import { useOrdersClient } from "./useOrdersClient";
import { type JobWatch, type WatchJobOptions, watchJob } from "./watchJob";

// The running watch of each job per SWR cache, so `retry` reaches the one shared watch.
const watches = new WeakMap<object, Map<string, JobWatch>>();

/** The options of `useOrderJob`: the core's wait options plus callbacks. */
export interface UseOrderJobOptions extends WatchJobOptions {
  /** Called once per hook and job when the job completes. */
  onCompleted?: ((job: CompletedJob) => void) | undefined;
  /** Called once per hook and job when it ends in a job outcome error (`Failed`, `CompletedWithErrors`, duplicate). */
  onFailed?: ((error: EngageError) => void) | undefined;
}

/** What `useOrderJob` returns. */
export interface OrderJobResult {
  /** The latest status: the handle's (or `Pending`) until the first poll; `undefined` without a job. */
  status: JobStatus | undefined;
  /** The `versionTag` of the processed version, once completed. */
  versionTag: string | undefined;
  /** The job as last reported. */
  job: Job | undefined;
  /**
   * The typed error: a job outcome (`ContactMissingError`, `JobFailedError`,
   * `OrderAlreadyExistsError`: final), or transport trouble or a `JobTimeoutError` (`retry`
   * resumes the watch, as does the page showing again).
   */
  error: EngageError | undefined;
  /** Every status seen with its time, oldest first (for progress UIs). */
  timeline: JobTimelineEntry[];
  /** Whether the job reached its end: completed, or a job outcome error. */
  isDone: boolean;
  /** Resumes watching after transport trouble or a timeout (a job outcome is final). */
  retry: () => void;
}

/**
 * Watches an asynchronous job until it ends, through SWR: any number of components watching
 * one job share one watch (one request per poll) on the core's `waitForJob` schedule. Polling
 * stops at a terminal status, pauses while the page is hidden and checks again when it shows,
 * and stops with the last watcher's unmount (no request afterwards). Give it the handle a
 * write returned, a serialized one (after a reload or from a server: nothing is re-sent), or
 * a job id; `null` watches nothing. A completed job revalidates its order and the contact
 * order lists.
 *
 * @example
 * ```tsx
 * const { status, timeline, error } = useOrderJob(handle, {
 *   onCompleted: (job) => toast(`Order ${job.orderId} is processed`),
 * });
 * ```
 */
export function useOrderJob(
  target: JobHandle | string | null | undefined,
  options: UseOrderJobOptions = {},
): OrderJobResult {
  const client = useOrdersClient();
  const config = useSWRConfig();
  const id = typeof target === "string" ? target : target && (target.jobId || target.pollUrl);
  const key = id ? JOB_KEY + id : null;
  const done = useRef(false);
  const {
    data = typeof target === "object" && target ? initialJobState(target) : undefined,
    error,
  } = useSWRSubscription<JobState, EngageError, string | null>(key, (id, { next }) => {
    // A job the cache already saw end is not polled again by a later watcher.
    if (done.current || !target) return () => {};
    const watch = watchJob(client, target, options, config, next);
    const running = watches.get(config.cache) ?? new Map<string, JobWatch>();
    watches.set(config.cache, running.set(id, watch));
    return () => {
      running.delete(id);
      watch.stop();
    };
  });
  const status = data?.job.status;
  const isDone = status === "Completed" || isOutcome(error);
  done.current = isDone;
  const reported = useRef<string | null>(null);
  // Runs when the job ends (or another job is watched), with that render's callbacks.
  useEffect(() => {
    if (!isDone || reported.current === key) return;
    reported.current = key;
    if (error) options.onFailed?.(error);
    else options.onCompleted?.(data?.job as CompletedJob);
  }, [isDone, key]);
  return {
    status,
    versionTag: data?.job.versionTag,
    job: data?.job,
    error,
    timeline: data?.timeline ?? [],
    isDone,
    retry: () => {
      if (key) watches.get(config.cache)?.get(key)?.resume();
    },
  };
}
