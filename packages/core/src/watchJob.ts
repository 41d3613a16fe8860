import { internalsOf } from "./clientInternals.ts";
import { clientTimeIso as iso } from "./clientTime.ts";
import type { OrdersClient } from "./createOrdersClient.ts";
import { type EngageError, JobTimeoutError } from "./errors.ts";
import { getJob } from "./getJob.ts";
import { jobPath } from "./paths.ts";
import type { CompletedJob, Job, JobHandle, JobOperation, JobStatus } from "./types.ts";
import { type WaitOptions, waitForJob } from "./waitForJob.ts";

/** The options of `watchJob`: the wait options (`signal` aside), plus how to pause and finish. */
export interface WatchJobOptions extends Omit<WaitOptions, "signal" | "onProgress"> {
  /** The operation of a job given by id only (a delete has no `versionTag`). Defaults to `"create"`. */
  operation?: JobOperation | undefined;
  /**
   * The page whose visibility pauses the watch (in a browser, `document`): nothing is polled
   * while its `visibilityState` is `"hidden"`, and each `visibilitychange` pauses the watch
   * (aborting its wait) or resumes it. Defaults to none: the watch never pauses.
   */
  page?: (EventTarget & { readonly visibilityState?: string }) | undefined;
  /** Called once, by the watch itself (not per subscriber), when the job completes. */
  onCompleted?: ((job: CompletedJob) => void) | undefined;
}

/** One step of a job's progress: a status and when it was first seen. */
export interface JobTimelineEntry {
  /** The status. */
  status: JobStatus;
  /** When it was first seen (ISO 8601): the handle's `startedAt` for the first entry, then the client's clock. */
  at: string;
}

/** What a watch knows of its job; a new object on every change. */
export interface JobWatchState {
  /** The job as last reported (the handle's fields until the first poll). */
  job?: Job | undefined;
  /** Every status the job went through, oldest first. */
  timeline: JobTimelineEntry[];
  /**
   * Why the watch stopped: a job outcome (`Failed`, `CompletedWithErrors`, duplicate: final),
   * or transport trouble or a `JobTimeoutError` (`resume` goes on).
   */
  error?: EngageError | undefined;
  /**
   * Whether the job reached its end: completed (with its `versionTag`), or a job outcome
   * error. Never set by transport trouble or a timeout, which `resume` goes on from.
   */
  done?: boolean | undefined;
}

/** The one watch of a job per client, shared by everyone who watches it. */
export interface JobWatch {
  /** The latest state: the same object until something changes. */
  state: JobWatchState;
  /**
   * Calls `listener` on every change. The first subscriber starts the polling (or resumes it),
   * the last unsubscribe stops it at once (no request afterwards); a finished job is not
   * polled again.
   */
  subscribe(listener: (state: JobWatchState) => void): () => void;
  /** Resumes after transport trouble or a timeout, or pauses when the page is hidden. */
  resume(): void;
}

// Keyed by the client, so the watches go away with it.
const watches = new WeakMap<OrdersClient, Map<string, KnownWatch>>();

/** A watch a client keeps, with what the client needs to reuse it or let it go. */
interface KnownWatch {
  /** The watch. */
  watch: JobWatch;
  /** Gives the watch a handle when it was made from a bare job id (a no-op otherwise). */
  adopt: (handle: JobHandle) => void;
  /** Whether no one is subscribed to the watch. */
  isIdle: () => boolean;
}

/**
 * How many watches a client keeps, the most recently asked for last: beyond it the oldest ones
 * no one is subscribed to are let go, so a server rendering many jobs (whose watches are never
 * subscribed to) or a long-lived dashboard does not grow without bound. A watch let go after
 * its job ended costs one more poll if the job is watched again.
 */
const WATCHES_KEPT_PER_CLIENT = 200;

/**
 * Returns the watch of a job: one per client and job, however many components, views or
 * callers watch it, so each poll is one request. It polls with `waitForJob` (the learned
 * schedule, `Retry-After`, deadline, retry budget) while anyone is subscribed and the page is
 * visible, and keeps a timeline of the statuses seen. Give it a handle (a fresh or a
 * serialized one: nothing is re-sent) or a bare job id. The watch keeps its last state while
 * the client keeps it (the 200 most recently asked for, and every subscribed one); the first
 * caller's options apply.
 *
 * @example
 * ```ts
 * const watch = watchJob(client, handle, { onCompleted: (job) => refresh(job.orderId) });
 * const stop = watch.subscribe(({ job, timeline, error }) => render(job?.status, timeline, error));
 * ```
 */
export function watchJob(
  client: OrdersClient,
  target: JobHandle | string,
  options: WatchJobOptions = {},
): JobWatch {
  const { operation = "create", page, onCompleted, ...wait } = options;
  const byId = watches.get(client) ?? new Map<string, KnownWatch>();
  watches.set(client, byId);
  const givenHandle = typeof target === "string" ? undefined : target;
  // A handle without a job id (Engage answered with a Location only) is known by its poll URL.
  const id = typeof target === "string" ? target : target.jobId || target.pollUrl;
  const known = byId.get(id);
  if (known) {
    // A watch made from a bare id learns the handle (its operation, its order) when one comes.
    if (givenHandle) known.adopt(givenHandle);
    // The most recently asked for last.
    byId.delete(id);
    byId.set(id, known);
    return known.watch;
  }
  let handle = givenHandle;
  const listeners = new Set<(state: JobWatchState) => void>();
  let controller: AbortController | undefined;
  let finished = false;
  const setState = (state: JobWatchState) => {
    watch.state = state;
    for (const listener of listeners) listener(state);
  };
  /** Shows `job`, first seen `at`; `done` once it reached its end. */
  const report = (job: Job, { at = iso(client), done }: { at?: string; done?: boolean } = {}) => {
    const { timeline } = watch.state;
    const { status } = job;
    setState({
      job,
      timeline: timeline.at(-1)?.status === status ? timeline : [...timeline, { status, at }],
      done,
    });
  };
  // A run aborted by the last unsubscribe must not finish the job (or call onCompleted) after a
  // new subscriber started another: it checks its signal after each wait.
  const run = async (signal: AbortSignal) => {
    if (!handle) {
      // A bare job id: one read tells the order the wait needs. It starts a tick later, so an
      // immediate unsubscribe (React's StrictMode) aborts it before anything is sent.
      await internalsOf(client).sleep(0, signal);
      const job = await getJob(client, id, { signal });
      signal.throwIfAborted();
      // A completed job is reported by the wait, with its versionTag.
      if (job.status !== "Completed") report(job);
      // Without a start time the wait counts from now.
      handle ??= { ...job, operation, pollUrl: jobPath(id), startedAt: job.createdAt ?? "" };
    }
    const watched = handle;
    const job = await waitForJob(client, watched, {
      ...wait,
      signal,
      onProgress: (progress) => {
        // `Completed` is reported once the versionTag is known (the wait may read the order).
        if (progress.status === "Completed") return;
        // The duplicate of our own earlier, retried create is not a failure to show.
        if (watched.retried && progress.errorCode === "OrderAlreadyExists") return;
        report(progress);
      },
    });
    signal.throwIfAborted();
    finished = true;
    report(job, { done: true });
    // A throwing callback is ignored, like a throwing event listener: the job stays done.
    try {
      onCompleted?.(job);
    } catch {}
  };
  const pause = () => {
    controller?.abort();
    controller = undefined;
  };
  const resume = () => {
    if (page?.visibilityState === "hidden") return pause();
    if (finished || controller || !listeners.size) return;
    const current = new AbortController();
    controller = current;
    run(current.signal).catch((error: EngageError) => {
      if (current.signal.aborted) return;
      controller = undefined;
      // A job outcome (an error carrying the job) is final; a timeout, which also carries
      // the job, is not.
      finished = Boolean(error?.job) && !(error instanceof JobTimeoutError);
      setState({ ...watch.state, error, done: finished });
    });
  };
  const watch: JobWatch = {
    state: { timeline: [] },
    subscribe(listener) {
      listeners.add(listener);
      // Let go of while rendered but not yet subscribed to (200 others were asked for in
      // between), it takes its place back, so a job never gets two pollers.
      const listed = byId.get(id);
      if (!listed || (listed.watch !== watch && listed.isIdle())) byId.set(id, entry);
      // The first subscriber starts the polling.
      if (listeners.size === 1) {
        page?.addEventListener("visibilitychange", resume);
        resume();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size) return;
        pause();
        page?.removeEventListener("visibilitychange", resume);
      };
    },
    resume,
  };
  if (handle) report({ ...handle, status: handle.status ?? "Pending" }, { at: handle.startedAt });
  // The oldest watches no one is subscribed to make room (the map iterates oldest first).
  for (const [keptId, kept] of byId) {
    if (byId.size < WATCHES_KEPT_PER_CLIENT) break;
    if (kept.isIdle()) byId.delete(keptId);
  }
  const entry: KnownWatch = {
    watch,
    adopt: (adopted) => {
      handle ??= adopted;
    },
    isIdle: () => listeners.size === 0,
  };
  byId.set(id, entry);
  return watch;
}
