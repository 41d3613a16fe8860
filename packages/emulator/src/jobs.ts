import { applyJob } from "./jobEffects.ts";
import type { JobEnvironment } from "./jobEnvironment.ts";
import { createUuid } from "./random.ts";
import type {
  JobError,
  JobOperation,
  JobRecord,
  JobStatus,
  JsonObject,
  OrderAction,
} from "./state.ts";

/** The share of a job's processing delay spent `Pending` before it turns `Processing`. */
const pendingShare = 0.3;

/** The parts of a new job. */
export interface NewJob {
  /** The kind of write. */
  operation: JobOperation;
  /** The order it writes. */
  orderId: string;
  /** The validated body. */
  payload?: JsonObject;
  /** The embedded action. */
  orderAction?: OrderAction;
  /** Hold it until released. */
  stalled: boolean;
}

/**
 * Accepts a write as a job. Jobs of one order are processed first in, first out, so a job
 * is never due before an earlier job of the same order (the first of two racing creates wins).
 */
export function enqueueJob(env: JobEnvironment, now: number, job: NewJob): JobRecord {
  const delay = Math.max(0, env.latency().sample(env.latencyRandom.next));
  let processAt = now + delay;
  for (const open of env.state.openJobs) {
    if (open.orderId === job.orderId) processAt = Math.max(processAt, open.processAt);
  }
  const record: JobRecord = {
    jobId: createUuid(env.ids),
    orderId: job.orderId,
    operation: job.operation,
    createdAt: now,
    startAt: now + Math.round(delay * pendingShare),
    processAt,
    stalled: job.stalled,
    sequence: env.state.sequence++,
    ...(job.payload === undefined ? {} : { payload: job.payload }),
    ...(job.orderAction === undefined ? {} : { orderAction: job.orderAction }),
  };
  env.state.jobs.set(record.jobId, record);
  env.state.openJobs.push(record);
  return record;
}

/** A job ready to run and when it would finish (never before the job ahead of it). */
interface ReadyJob {
  job: JobRecord;
  finishAt: number;
}

function earlier(a: ReadyJob, b: ReadyJob): boolean {
  return a.finishAt < b.finishAt || (a.finishAt === b.finishAt && a.job.sequence < b.job.sequence);
}

/** A binary min-heap of ready jobs by finish time, then acceptance order. */
function createReadyQueue() {
  const heap: ReadyJob[] = [];
  return {
    push(item: ReadyJob): void {
      heap.push(item);
      let index = heap.length - 1;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (!earlier(heap[index] as ReadyJob, heap[parent] as ReadyJob)) break;
        [heap[index], heap[parent]] = [heap[parent] as ReadyJob, heap[index] as ReadyJob];
        index = parent;
      }
    },
    pop(): ReadyJob | undefined {
      const top = heap[0];
      const last = heap.pop();
      if (heap.length > 0 && last) {
        heap[0] = last;
        let index = 0;
        for (;;) {
          const left = 2 * index + 1;
          const right = left + 1;
          let smallest = index;
          if (left < heap.length && earlier(heap[left] as ReadyJob, heap[smallest] as ReadyJob))
            smallest = left;
          if (right < heap.length && earlier(heap[right] as ReadyJob, heap[smallest] as ReadyJob))
            smallest = right;
          if (smallest === index) break;
          [heap[index], heap[smallest]] = [heap[smallest] as ReadyJob, heap[index] as ReadyJob];
          index = smallest;
        }
      }
      return top;
    },
  };
}

/**
 * Processes every job that is due at `now`, in the order they would have finished. Jobs of
 * one order run first in, first out (a later job waits for the one ahead of it; a stalled job
 * holds the ones behind it). Jobs advance lazily: this runs at the start of each request and
 * inspection, so no timers are needed.
 */
export function settleJobs(env: JobEnvironment, now: number): void {
  const { state } = env;
  const queues = new Map<string, JobRecord[]>();
  for (const job of state.openJobs) {
    const queue = queues.get(job.orderId);
    if (queue) queue.push(job);
    else queues.set(job.orderId, [job]);
  }
  const ready = createReadyQueue();
  const offer = (job: JobRecord | undefined, after: number): void => {
    if (job && !job.stalled && job.processAt <= now) {
      ready.push({ job, finishAt: Math.max(job.processAt, after) });
    }
  };
  for (const queue of queues.values()) offer(queue[0], 0);
  const done = new Set<JobRecord>();
  for (let next = ready.pop(); next; next = ready.pop()) {
    applyJob(env, next.job, next.finishAt);
    done.add(next.job);
    const queue = queues.get(next.job.orderId) ?? [];
    offer(queue[queue.indexOf(next.job) + 1], next.job.completedAt ?? next.finishAt);
  }
  if (done.size > 0) state.openJobs = state.openJobs.filter((job) => !done.has(job));
}

/** Releases stalled jobs (all, or one by id) so they finish on the next request; returns how many. */
export function releaseStalled(env: JobEnvironment, now: number, jobId?: string): number {
  let released = 0;
  for (const job of env.state.openJobs) {
    if (!job.stalled || (jobId !== undefined && job.jobId !== jobId)) continue;
    job.stalled = false;
    job.startAt = Math.min(job.startAt, now);
    job.processAt = Math.max(job.processAt, now);
    released++;
  }
  return released;
}

/** The status of a job at `now`. */
export function jobStatus(job: JobRecord, now: number): JobStatus {
  if (job.outcome) return job.outcome;
  if (job.stalled) return "Pending";
  return now < job.startAt ? "Pending" : "Processing";
}

/** The job body of the HTTP API: `{ jobId, orderId, status, versionTag?, errorCode?, errors?, createdAt, completedAt? }`. */
export interface JobBody {
  /** The job id. */
  jobId: string;
  /** The order id. */
  orderId: string;
  /** The status. */
  status: JobStatus;
  /** The versionTag of the processed version. */
  versionTag?: string;
  /** Why the job failed or partly failed. */
  errorCode?: string;
  /** The job's errors. */
  errors?: JobError[];
  /** When it was accepted (ISO 8601). */
  createdAt: string;
  /** When it finished (ISO 8601). */
  completedAt?: string;
}

/** Builds the HTTP job body. */
export function jobBody(job: JobRecord, now: number): JobBody {
  const body: JobBody = {
    jobId: job.jobId,
    orderId: job.orderId,
    status: jobStatus(job, now),
    createdAt: new Date(job.createdAt).toISOString(),
  };
  if (job.versionTag !== undefined) body.versionTag = job.versionTag;
  if (job.errorCode !== undefined) body.errorCode = job.errorCode;
  if (job.errors !== undefined) body.errors = job.errors.map((error) => ({ ...error }));
  if (job.completedAt !== undefined) body.completedAt = new Date(job.completedAt).toISOString();
  return body;
}
