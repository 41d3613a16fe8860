import type { JobHandle } from "@engage-orders/core";
import { useChangeOrderStatus } from "@engage-orders/react";
import { ChangeStatusRequestSchema } from "@engage-orders/schemas";
import { useState } from "react";
import { orderStatuses } from "../order/actionNames.ts";
import { isoWithOffset } from "../order/isoWithOffset.ts";
import { errorAt } from "../order/validateBody.ts";
import { ChangeFormFooter } from "./ChangeFormFooter.tsx";
import { SelectField } from "./SelectField.tsx";
import { TextField } from "./TextField.tsx";
import { useChangeSubmit } from "./useChangeSubmit.ts";

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
  const mutation = useChangeOrderStatus(orderId, { throwOnError: false });
  const { action, setAction, errors, onSubmit } = useChangeSubmit(
    ChangeStatusRequestSchema,
    mutation,
    (orderAction) => ({
      ...(status ? { status } : {}),
      ...(externalStatus.trim() ? { externalStatus: externalStatus.trim() } : {}),
      lastChangedAt: isoWithOffset(new Date()),
      ...(orderAction ? { orderAction } : {}),
    }),
    onJob,
  );

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
      <ChangeFormFooter
        action={action}
        onActionChange={setAction}
        errors={errors}
        isMutating={mutation.isMutating}
        error={mutation.error}
        submitLabel="Change status"
        refusedTitle="The status change was not accepted"
      />
    </form>
  );
}
