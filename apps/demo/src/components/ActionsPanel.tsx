import { VersionTagMismatchError } from "@engage-orders/core";
import { useOrderAction } from "@engage-orders/react";
import { ActionRequestSchema, type FieldError } from "@engage-orders/schemas";
import { type FormEvent, useState } from "react";
import { actionNames } from "../order/actionNames.ts";
import { errorAt, validateBody } from "../order/validateBody.ts";
import { ErrorNotice } from "./ErrorNotice.tsx";
import { Field } from "./Field.tsx";
import { SelectField } from "./SelectField.tsx";
import { TextField } from "./TextField.tsx";

/** The props of `ActionsPanel`. */
export interface ActionsPanelProps {
  orderId: string;
  /** The processed version's tag; actions wait until there is one. */
  versionTag: string | undefined;
}

/**
 * Sends an action (an automation such as the order confirmation e-mail) for the processed
 * order. The `versionTag` is filled from the order automatically; an action already accepted
 * for this version is not sent twice unless "send again" is ticked.
 */
export function ActionsPanel({ orderId, versionTag }: ActionsPanelProps) {
  const [action, setAction] = useState<string>("ConfirmOrder");
  const [language, setLanguage] = useState("en-US");
  const [data, setData] = useState("");
  const [resend, setResend] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const {
    trigger,
    data: accepted,
    error,
    isMutating,
    refresh,
    reset,
  } = useOrderAction(orderId, {
    throwOnError: false,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    let parsedData: unknown;
    try {
      parsedData = data.trim() === "" ? undefined : JSON.parse(data);
    } catch {
      setErrors([{ field: "data", message: 'must be JSON, e.g. {"coupon": "WELCOME10"}' }]);
      return;
    }
    const request = {
      action,
      versionTag: versionTag ?? "",
      ...(language.trim() ? { language: language.trim() } : {}),
      ...(parsedData === undefined ? {} : { data: parsedData }),
    };
    const problems = validateBody(ActionRequestSchema, request);
    setErrors(problems);
    if (problems.length > 0) return;
    await trigger({ ...(request as typeof request & { data?: Record<string, unknown> }), resend });
  };

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="actions-title">
      <h3 id="actions-title">Send an action</h3>
      <div className="grid-2">
        <SelectField
          label="Action"
          path="action"
          value={action}
          options={actionNames}
          onChange={setAction}
          error={errorAt(errors, "action")}
        />
        <TextField
          label="Language"
          path="language"
          value={language}
          onChange={setLanguage}
          placeholder="en-US"
          error={errorAt(errors, "language")}
        />
      </div>
      <TextField
        label="versionTag"
        path="versionTag"
        value={versionTag ?? ""}
        onChange={() => {}}
        readOnly
        hint={
          versionTag ? "Filled from the processed order" : "Waiting for the order to be processed"
        }
        error={errorAt(errors, "versionTag")}
      />
      <Field
        label="Data for the automation (JSON, optional)"
        path="data"
        error={errorAt(errors, "data")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={data}
            spellCheck={false}
            onChange={(event) => setData(event.target.value)}
            placeholder='{"coupon": "WELCOME10"}'
          />
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={resend}
          onChange={(event) => setResend(event.target.checked)}
        />
        Send again even if already accepted for this version (the customer gets another message)
      </label>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isMutating || !versionTag}>
          {isMutating ? "Sending…" : `Send ${action}`}
        </button>
      </div>
      <div role="status" className="action-result">
        {accepted && !error && (
          <p className="notice notice-ok">
            {accepted.action} accepted for order {accepted.orderId}.
          </p>
        )}
      </div>
      <ErrorNotice title="The action was not accepted" error={error} />
      {error instanceof VersionTagMismatchError && (
        <button type="button" className="button-secondary" onClick={refresh}>
          Reload the order and its versionTag
        </button>
      )}
    </form>
  );
}
