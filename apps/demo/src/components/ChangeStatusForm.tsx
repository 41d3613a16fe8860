import type { JobHandle } from "@engage-orders/core";
import { useChangeOrderStatus } from "@engage-orders/react";
import { ChangeStatusRequestSchema, type FieldError } from "@engage-orders/schemas";
import { type FormEvent, useState } from "react";
import { orderStatuses } from "../order/actionNames";
import { isoWithOffset } from "../order/isoWithOffset";
import { errorAt, validateBody } from "../order/validateBody";
import {
  EmbeddedActionFields,
  type EmbeddedActionValue,
  noEmbeddedAction,
  toOrderAction,
} from "./EmbeddedActionFields";
import { ErrorNotice } from "./ErrorNotice";
import { SelectField } from "./SelectField";
import { TextField } from "./TextField";

/** The props of `ChangeStatusForm`. */
export interface ChangeStatusFormProps {
  orderId: string;
  /** Called with the job handle once Engage accepted the change. */
  onJob: (handle: JobHandle) => void;
}

/** Changes the order's status and/or external status, optionally firing an action afterwards. */
export function ChangeStatusForm({ orderId, onJob }: ChangeStatusFormProps) {
  const [status, setStatus] = useState("");
  const [externalStatus, setExternalStatus] = useState("");
  const [action, setAction] = useState<EmbeddedActionValue>(noEmbeddedAction);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { trigger, isMutating, error, reset } = useChangeOrderStatus(orderId, {
    throwOnError: false,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const orderAction = toOrderAction(action);
    const change = {
      ...(status ? { status } : {}),
      ...(externalStatus.trim() ? { externalStatus: externalStatus.trim() } : {}),
      lastChangedAt: isoWithOffset(new Date()),
      ...(orderAction ? { orderAction } : {}),
    };
    const problems = validateBody(ChangeStatusRequestSchema, change);
    setErrors(problems);
    if (problems.length > 0) return;
    const handle = await trigger(change);
    if (handle) onJob(handle);
  };

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="change-status-title">
      <h3 id="change-status-title">Change status</h3>
      <div className="grid-2">
        <SelectField
          label="Status"
          path="status"
          value={status}
          options={[{ value: "", label: "Unchanged" }, ...orderStatuses]}
          onChange={setStatus}
          error={errorAt(errors, "status")}
        />
        <TextField
          label="External status"
          path="externalStatus"
          value={externalStatus}
          onChange={setExternalStatus}
          placeholder="Shipped"
          error={errorAt(errors, "externalStatus")}
        />
      </div>
      <EmbeddedActionFields
        path="orderAction"
        value={action}
        onChange={setAction}
        errors={{ action: errorAt(errors, "orderAction.action") }}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isMutating}>
          {isMutating ? "Sending…" : "Change status"}
        </button>
      </div>
      <ErrorNotice title="The status change was not accepted" error={error} />
    </form>
  );
}
