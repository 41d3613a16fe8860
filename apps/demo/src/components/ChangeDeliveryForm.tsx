import type { JobHandle } from "@engage-orders/core";
import { useChangeOrderDelivery } from "@engage-orders/react";
import { ChangeDeliveryRequestSchema } from "@engage-orders/schemas";
import { useState } from "react";
import { fromDateTimeLocal, isoWithOffset } from "../order/isoWithOffset.ts";
import { errorAt } from "../order/validateBody.ts";
import { ChangeFormFooter } from "./ChangeFormFooter.tsx";
import { TextField } from "./TextField.tsx";
import { useChangeSubmit } from "./useChangeSubmit.ts";

/** The props of `ChangeDeliveryForm`. */
export interface ChangeDeliveryFormProps {
  orderId: string;
  /** Called with the job handle once Engage accepted the change. */
  onJob: (handle: JobHandle) => void;
}

/** Changes the delivery method, tracking or date, optionally firing an action afterwards. */
export function ChangeDeliveryForm({ orderId, onJob }: ChangeDeliveryFormProps) {
  const [fields, setFields] = useState({
    method: "",
    trackingNumber: "",
    trackingUri: "",
    deliveryDate: "",
  });
  const mutation = useChangeOrderDelivery(orderId, { throwOnError: false });
  const { action, setAction, errors, onSubmit } = useChangeSubmit(
    ChangeDeliveryRequestSchema,
    mutation,
    (orderAction) => {
      const deliveryDate = fromDateTimeLocal(fields.deliveryDate);
      return {
        ...(fields.method.trim() ? { method: fields.method.trim() } : {}),
        ...(fields.trackingNumber.trim() ? { trackingNumber: fields.trackingNumber.trim() } : {}),
        ...(fields.trackingUri.trim() ? { trackingUri: fields.trackingUri.trim() } : {}),
        ...(deliveryDate ? { deliveryDate } : {}),
        lastChangedAt: isoWithOffset(new Date()),
        ...(orderAction ? { orderAction } : {}),
      };
    },
    onJob,
  );
  const set = (key: keyof typeof fields) => (value: string) =>
    setFields({ ...fields, [key]: value });

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="change-delivery-title">
      <h3 id="change-delivery-title">Change delivery</h3>
      <div className="grid-2">
        <TextField
          label="Method"
          path="method"
          value={fields.method}
          onChange={set("method")}
          placeholder="Home delivery"
          error={errorAt(errors, "method")}
        />
        <TextField
          label="Tracking number"
          path="trackingNumber"
          value={fields.trackingNumber}
          onChange={set("trackingNumber")}
          error={errorAt(errors, "trackingNumber")}
        />
        <TextField
          label="Tracking link"
          path="trackingUri"
          type="url"
          value={fields.trackingUri}
          onChange={set("trackingUri")}
          placeholder="https://track.example/…"
          error={errorAt(errors, "trackingUri")}
        />
        <TextField
          label="Delivery date"
          path="deliveryDate"
          type="datetime-local"
          value={fields.deliveryDate}
          onChange={set("deliveryDate")}
          error={errorAt(errors, "deliveryDate")}
        />
      </div>
      <ChangeFormFooter
        action={action}
        onActionChange={setAction}
        errors={errors}
        isMutating={mutation.isMutating}
        error={mutation.error}
        submitLabel="Change delivery"
        refusedTitle="The delivery change was not accepted"
      />
    </form>
  );
}
