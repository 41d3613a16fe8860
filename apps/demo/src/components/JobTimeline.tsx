import type { CompletedJob, JobHandle } from "@engage-orders/core";
import { useOrderJob } from "@engage-orders/react";
import { ErrorNotice } from "./ErrorNotice.tsx";

/** The props of `JobTimeline`. */
export interface JobTimelineProps {
  /** The handle a write returned. */
  handle: JobHandle;
  /** What the job does, in words ("Register order"). */
  label: string;
  /** Called once when the job completes. */
  onCompleted?: (job: CompletedJob) => void;
}

const steps = ["Pending", "Processing", "Completed"] as const;
const failedStatuses = new Set(["CompletedWithErrors", "Failed"]);

const elapsed = (from: string, to: string | undefined): string => {
  if (!to) return "";
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? `+${Math.max(0, ms)} ms` : "";
};

/**
 * One asynchronous job's progress: Pending → Processing → Completed with the time each status
 * was first seen, the resulting `versionTag`, and the outcome. A polite live region announces
 * every status change; polling is the hooks' (one shared watch per job).
 */
export function JobTimeline({ handle, label, onCompleted }: JobTimelineProps) {
  const { status, versionTag, timeline, error, isDone, job } = useOrderJob(handle, {
    operation: handle.operation,
    ...(onCompleted ? { onCompleted } : {}),
  });
  const start = timeline[0]?.at ?? handle.startedAt;
  const seenAt = (step: string) => timeline.find((entry) => entry.status === step)?.at;
  const failed = status !== undefined && failedStatuses.has(status);
  const currentIndex = steps.indexOf(status as (typeof steps)[number]);
  const serverTime =
    job?.createdAt && job.completedAt ? elapsed(job.createdAt, job.completedAt) : undefined;
  return (
    <article className="job" aria-label={`${label} job`}>
      <header className="job-header">
        <h4>{label}</h4>
        <code className="muted" title="Job id">
          {handle.jobId || "resolved from the order"}
        </code>
      </header>
      <ol className="timeline">
        {steps.map((step, index) => {
          const at = seenAt(step);
          const reached = at !== undefined || (currentIndex >= index && !failed);
          const state =
            step === "Completed" && failed
              ? "failed"
              : reached
                ? "done"
                : isDone
                  ? "skipped"
                  : "todo";
          return (
            <li key={step} className={`step step-${state}`}>
              <span className="step-dot" aria-hidden="true" />
              <span className="step-name">{step === "Completed" && failed ? status : step}</span>
              <span className="step-time">
                {at ? elapsed(start, at) : reached && index > 0 ? "not observed" : ""}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="job-status" role="status">
        {label}: {status ?? "Pending"}
        {status === "Completed" && serverTime && ` in ${serverTime.slice(1)} (Engage's clock)`}
      </p>
      {versionTag && (
        <p className="version">
          versionTag <code>{versionTag}</code>
        </p>
      )}
      {error && (
        <ErrorNotice
          title={
            isDone
              ? "The job ended with an error"
              : "Waiting for the job hit trouble; it resumes on focus"
          }
          error={error}
        />
      )}
    </article>
  );
}
