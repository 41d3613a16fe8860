import type { JobHandle } from "@engage-orders/core";
import { useChangeOrderDelivery } from "@engage-orders/react";
import { ChangeDeliveryRequestSchema, type FieldError } from "@engage-orders/schemas";
import { type FormEvent, useState } from "react";
import { fromDateTimeLocal, isoWithOffset } from "../order/isoWithOffset";
import { errorAt, validateBody } from "../order/validateBody";
import {
  EmbeddedActionFields,
  type EmbeddedActionValue,
  noEmbeddedAction,
  toOrderAction,
} from "./EmbeddedActionFields";
import { ErrorNotice } from "./ErrorNotice";
import { TextField } from "./TextField";

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
  const [action, setAction] = useState<EmbeddedActionValue>(noEmbeddedAction);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { trigger, isMutating, error, reset } = useChangeOrderDelivery(orderId, {
    throwOnError: false,
  });
  const set = (key: keyof typeof fields) => (value: string) =>
    setFields({ ...fields, [key]: value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const orderAction = toOrderAction(action);
    const deliveryDate = fromDateTimeLocal(fields.deliveryDate);
    const change = {
      ...(fields.method.trim() ? { method: fields.method.trim() } : {}),
      ...(fields.trackingNumber.trim() ? { trackingNumber: fields.trackingNumber.trim() } : {}),
      ...(fields.trackingUri.trim() ? { trackingUri: fields.trackingUri.trim() } : {}),
      ...(deliveryDate ? { deliveryDate } : {}),
      lastChangedAt: isoWithOffset(new Date()),
      ...(orderAction ? { orderAction } : {}),
    };
    const problems = validateBody(ChangeDeliveryRequestSchema, change);
    setErrors(problems);
    if (problems.length > 0) return;
    const handle = await trigger(change);
    if (handle) onJob(handle);
  };

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
      <EmbeddedActionFields
        path="orderAction"
        value={action}
        onChange={setAction}
        errors={{ action: errorAt(errors, "orderAction.action") }}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isMutating}>
          {isMutating ? "Sending…" : "Change delivery"}
        </button>
      </div>
      <ErrorNotice title="The delivery change was not accepted" error={error} />
    </form>
  );
}
