import type { JobHandle } from "@engage-orders/core";
import { useDeleteOrder } from "@engage-orders/react";
import { useRef, useState } from "react";
import { ErrorNotice } from "./ErrorNotice.tsx";

/** The props of `DeleteOrderPanel`. */
export interface DeleteOrderPanelProps {
  orderId: string;
  /** Called with the job handle once Engage accepted the delete. */
  onJob: (handle: JobHandle) => void;
}

/**
 * Deletes the order after an explicit second step (no browser dialog), e.g. to register it
 * again once its contact exists. The delete is asynchronous like every write.
 */
export function DeleteOrderPanel({ orderId, onJob }: DeleteOrderPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const { trigger, isMutating, error } = useDeleteOrder(orderId, { throwOnError: false });
  const ask = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => ask.current?.focus());
  };
  return (
    <section className="panel danger-zone" aria-labelledby="delete-title">
      <h3 id="delete-title">Delete the order</h3>
      {confirming ? (
        <div className="form-actions">
          <span>Delete {orderId} from Engage?</span>
          <button
            type="button"
            className="button-danger"
            disabled={isMutating}
            // biome-ignore lint/a11y/noAutofocus: the second step of the delete takes the focus on purpose
            autoFocus
            onClick={async () => {
              const handle = await trigger();
              setConfirming(false);
              if (handle) onJob(handle);
            }}
          >
            {isMutating ? "Deleting…" : "Delete"}
          </button>
          <button type="button" className="button-quiet" onClick={cancel}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          ref={ask}
          type="button"
          className="button-quiet"
          onClick={() => setConfirming(true)}
        >
          Delete order…
        </button>
      )}
      <ErrorNotice title="The delete was not accepted" error={error} />
    </section>
  );
}
