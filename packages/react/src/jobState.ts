import type { EngageError, Job, JobHandle, JobStatus } from "@engage-orders/core";

/** One step of a job's progress: a status and when it was first seen. */
export interface JobTimelineEntry {
  /** The status. */
  status: JobStatus;
  /** When it was first seen (ISO 8601): the handle's `startedAt` for the first entry, then the client's clock. */
  at: string;
}

/** What `useOrderJob` keeps in SWR's cache for a job: one copy shared by every watcher. */
export interface JobState {
  /** The job as last reported (the handle's fields until the first poll). */
  job: Job;
  /** Every status the job went through, oldest first. */
  timeline: JobTimelineEntry[];
}

/** The state of a handle before any poll. */
export function initialJobState(handle: JobHandle): JobState {
  const job = { ...handle, status: handle.status ?? "Pending" };
  return { job, timeline: [{ status: job.status, at: handle.startedAt }] };
}

/** Adds a reported job to a state, appending to the timeline when the status changed. */
export function withJob(state: JobState | undefined, job: Job, now: number): JobState {
  const timeline = state?.timeline ?? [];
  const { status } = job;
  return {
    job,
    timeline:
      timeline.at(-1)?.status === status
        ? timeline
        : [...timeline, { status, at: new Date(now).toISOString() }],
  };
}

/** Tells whether an error is a job outcome (`Failed`, `CompletedWithErrors`, duplicate): final. */
export const isOutcome = (error: EngageError | undefined): boolean => !!error?.job;
