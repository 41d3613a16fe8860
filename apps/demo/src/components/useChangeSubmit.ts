import type { EngageError, JobHandle, OrderAction } from "@engage-orders/core";
import type { FieldError } from "@engage-orders/schemas";
import { type FormEvent, useState } from "react";
import type { GenericSchema } from "valibot";
import { validateBody } from "../order/validateBody.ts";
import {
  type EmbeddedActionValue,
  noEmbeddedAction,
  toOrderAction,
} from "./EmbeddedActionFields.tsx";

/** The part of a change hook (`useChangeOrderStatus`, `useChangeOrderDelivery`) a form uses. */
export interface ChangeMutation<Change> {
  trigger: (change: Change) => Promise<JobHandle | undefined>;
  reset: () => void;
  isMutating: boolean;
  error: EngageError | undefined;
}

/**
 * The flow both change forms share: the embedded action, field errors from the shared schema
 * shown before anything is sent, and the job handed on once Engage accepted the change.
 * `buildChange` turns the form into the request body, given the embedded action if any.
 */
export function useChangeSubmit<Change>(
  schema: GenericSchema,
  mutation: ChangeMutation<Change>,
  buildChange: (orderAction: OrderAction | undefined) => Change,
  onJob: (handle: JobHandle) => void,
) {
  const [action, setAction] = useState<EmbeddedActionValue>(noEmbeddedAction);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    mutation.reset();
    const change = buildChange(toOrderAction(action));
    const problems = validateBody(schema, change);
    setErrors(problems);
    if (problems.length > 0) return;
    const handle = await mutation.trigger(change);
    if (handle) onJob(handle);
  };
  return { action, setAction, errors, onSubmit };
}
