import type { EngageError } from "@engage-orders/core";
import type { FieldError } from "@engage-orders/schemas";
import { errorAt } from "../order/validateBody.ts";
import { EmbeddedActionFields, type EmbeddedActionValue } from "./EmbeddedActionFields.tsx";
import { ErrorNotice } from "./ErrorNotice.tsx";

/** The props of `ChangeFormFooter`. */
export interface ChangeFormFooterProps {
  action: EmbeddedActionValue;
  onActionChange: (value: EmbeddedActionValue) => void;
  errors: readonly FieldError[];
  isMutating: boolean;
  error: EngageError | undefined;
  /** The submit button's label, e.g. "Change status". */
  submitLabel: string;
  /** The title of the notice shown when Engage refuses the change. */
  refusedTitle: string;
}

/** The end of a change form: the embedded action, the submit button and Engage's refusal. */
export function ChangeFormFooter(props: ChangeFormFooterProps) {
  return (
    <>
      <EmbeddedActionFields
        path="orderAction"
        value={props.action}
        onChange={props.onActionChange}
        errors={{ action: errorAt(props.errors, "orderAction.action") }}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={props.isMutating}>
          {props.isMutating ? "Sending…" : props.submitLabel}
        </button>
      </div>
      <ErrorNotice title={props.refusedTitle} error={props.error} />
    </>
  );
}
