import { type JobHandle, OrderNotFoundError } from "@engage-orders/core";
import { useOrder, useOrderJob } from "@engage-orders/react";
import { useEffect, useRef } from "react";
import { ActionsPanel } from "./ActionsPanel.tsx";
import { ChangeDeliveryForm } from "./ChangeDeliveryForm.tsx";
import { ChangeStatusForm } from "./ChangeStatusForm.tsx";
import { DeleteOrderPanel } from "./DeleteOrderPanel.tsx";
import { ErrorNotice } from "./ErrorNotice.tsx";
import { JobTimeline } from "./JobTimeline.tsx";
import { OrderSummary } from "./OrderSummary.tsx";
import { ReplaceOrderPanel } from "./ReplaceOrderPanel.tsx";

/** A job the page started, with what it does in words. */
export interface TrackedJob {
  handle: JobHandle;
  label: string;
}

/** The props of `OrderWorkspace`. */
export interface OrderWorkspaceProps {
  orderId: string;
  /** The jobs this page started for the order, newest first. */
  jobs: readonly TrackedJob[];
  /** Records a job a form started. */
  onJob: (job: TrackedJob) => void;
}

/**
 * Everything about one order: its jobs with their timelines, the stored document with its
 * `versionTag`, the actions panel and the change forms.
 */
export function OrderWorkspace({ orderId, jobs, onJob }: OrderWorkspaceProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening an order is a change of view: keyboard and screen-reader users land on its heading
  // instead of on a button that has gone away.
  useEffect(() => heading.current?.focus(), []);
  // While this page's create job runs, the order cannot be read yet: wait for the job (the same
  // shared watch the timeline uses) instead of asking Engage for an order it does not have.
  const create = jobs.find((job) => job.handle.operation === "create");
  const creating = useOrderJob(create?.handle ?? null);
  const waiting = create !== undefined && !creating.isDone;
  const {
    data: order,
    error,
    isLoading,
  } = useOrder(waiting ? null : orderId, {
    shouldRetryOnError: false,
  });
  const removal = jobs.find((job) => job.handle.operation === "delete");
  const deleted = useOrderJob(removal?.handle ?? null).status === "Completed";
  const pending = !deleted && (waiting || (error instanceof OrderNotFoundError && jobs.length > 0));
  return (
    <div className="workspace">
      <header className="workspace-header">
        <h2 ref={heading} tabIndex={-1}>
          Order <code>{orderId}</code>
        </h2>
        {order && (
          <span className="muted">
            versionTag <code>{order.versionTag}</code>
          </span>
        )}
      </header>
      {jobs.length > 0 && (
        <section className="panel" aria-labelledby="jobs-title">
          <h3 id="jobs-title">Jobs</h3>
          <div className="jobs">
            {jobs.map((job) => (
              <JobTimeline
                key={job.handle.jobId || job.handle.startedAt}
                handle={job.handle}
                label={job.label}
              />
            ))}
          </div>
        </section>
      )}
      {isLoading && <p className="muted">Reading the order…</p>}
      {pending && (
        <p className="notice">
          Engage has not processed the order yet; it shows up here when its job completes.
        </p>
      )}
      {deleted && (
        <p className="notice notice-ok" role="status">
          Order {orderId} was deleted.
        </p>
      )}
      {error && !pending && !deleted && (
        <ErrorNotice title="The order could not be read" error={error} />
      )}
      {order && !deleted && (
        <div className="workspace-grid">
          <div className="stack">
            <OrderSummary order={order} />
            <ReplaceOrderPanel
              order={order}
              onJob={(handle) => onJob({ handle, label: "Replace order" })}
            />
          </div>
          <div className="stack">
            <ActionsPanel orderId={orderId} versionTag={order.versionTag} />
            <ChangeStatusForm
              orderId={orderId}
              onJob={(handle) => onJob({ handle, label: "Change status" })}
            />
            <ChangeDeliveryForm
              orderId={orderId}
              onJob={(handle) => onJob({ handle, label: "Change delivery" })}
            />
            <DeleteOrderPanel
              orderId={orderId}
              onJob={(handle) => onJob({ handle, label: "Delete order" })}
            />
          </div>
        </div>
      )}
    </div>
  );
}
