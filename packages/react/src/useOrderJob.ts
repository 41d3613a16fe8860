import type {
  CompletedJob,
  EngageError,
  Job,
  JobHandle,
  JobStatus,
  JobTimelineEntry,
  JobWatch,
  WatchJobOptions,
} from "@engage-orders/core";
import { core, react } from "./deps.ts";
import { revalidateAfter } from "./revalidation.ts";
import { useOrdersClient } from "./useOrdersClient.ts";

/** The options of `useOrderJob`: the core's wait options plus callbacks. */
export interface UseOrderJobOptions extends Omit<WatchJobOptions, "page" | "onCompleted"> {
  /** Called once per hook and job when the job completes. */
  onCompleted?: ((job: CompletedJob) => void) | undefined;
  /** Called once per hook and job when it ends in a job outcome error (`Failed`, `CompletedWithErrors`, duplicate). */
  onFailed?: ((error: EngageError) => void) | undefined;
}

/** What `useOrderJob` returns. */
export interface OrderJobResult {
  /** The latest status: the handle's (or `Pending`) until the first poll; `undefined` without a job, or for a bare job id until its first read. */
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

const idle: JobWatch = { subscribe: () => () => {}, state: { timeline: [] }, resume() {} };

/**
 * Watches an asynchronous job until it ends: the core's `watchJob` polls (one watch per client
 * and job, however many components watch it: one request per poll, on the core's `waitForJob`
 * schedule), and the hook subscribes to it with React's `useSyncExternalStore` (the watch is
 * the store, so an app's global SWR options such as `suspense` do not change what a job's
 * state is). Polling stops at a terminal status, pauses while the page is hidden and checks
 * again when it shows, and stops with the last watcher's unmount (no request afterwards).
 * Give it the handle a write returned, a serialized one (after a reload or from a server:
 * nothing is re-sent), or a job id; `null` watches nothing. A completed job revalidates its
 * order and the contact order lists, and its `versionTag` becomes the order's known one in
 * the client's store (`ordersClientStore`), which `useOrderAction` quotes.
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
  { onCompleted, onFailed, ...wait }: UseOrderJobOptions = {},
): OrderJobResult {
  const client = useOrdersClient();
  const watch = target
    ? core.watchJob(client, target, {
        // This hook's callbacks run from its own effect below, once per hook.
        ...wait,
        // Absent on a server, where nothing is subscribed anyway.
        page: globalThis.document,
      })
    : idle;
  // Read with React's own store hook, not an SWR subscription: an app's global SWR options
  // (`suspense`, `keepPreviousData`) would otherwise change what a job's state is.
  const read = () => watch.state;
  const { job, timeline, error, done } = react.useSyncExternalStore(watch.subscribe, read, read);
  const status = job?.status;
  const isDone = done === true;
  const reported = react.useRef(idle);
  // Once per job (the guard), after the render that saw it end, with that render's callbacks.
  react.useEffect(() => {
    if (!isDone || reported.current === watch) return;
    reported.current = watch;
    if (error) {
      onFailed?.(error);
      return;
    }
    // Done without an error: the watch reported the completed job.
    const completed = job as CompletedJob;
    // The first hook to see this version (whoever started the watch) remembers it, so an
    // action sent without a versionTag quotes it, and revalidates what the job may have
    // changed: every mounted useOrder of the order and every mounted contact order list (the
    // job does not say which contact it touched), each through its own SWR cache.
    revalidateAfter(client, completed.orderId, completed.versionTag);
    onCompleted?.(completed);
  });
  return { status, versionTag: job?.versionTag, job, error, timeline, isDone, retry: watch.resume };
}
