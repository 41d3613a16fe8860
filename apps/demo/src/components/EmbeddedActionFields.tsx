import type { OrderAction } from "@engage-orders/core";
import { actionNames } from "../order/actionNames.ts";
import { SelectField } from "./SelectField.tsx";
import { TextField } from "./TextField.tsx";

/** What the embedded-action fields hold: no action (`""`) or one, and its language. */
export interface EmbeddedActionValue {
  action: string;
  language: string;
}

/** The fields' starting value: no embedded action, English messages. */
export const noEmbeddedAction: EmbeddedActionValue = { action: "", language: "en-US" };

/** The `orderAction` to send for the fields' value, or `undefined` for none. */
export function toOrderAction(value: EmbeddedActionValue): OrderAction | undefined {
  if (value.action === "") return undefined;
  const language = value.language.trim();
  return { action: value.action, ...(language ? { language } : {}) };
}

/** The props of `EmbeddedActionFields`. */
export interface EmbeddedActionFieldsProps {
  value: EmbeddedActionValue;
  onChange: (value: EmbeddedActionValue) => void;
  /** The path prefix of errors, e.g. `orderAction`. */
  path: string;
  errors?: { action?: string | undefined; language?: string | undefined };
}

/**
 * The embedded action of a write: an action Engage fires once that change is processed, with
 * no polling and at most once (a create is unique per order id).
 */
export function EmbeddedActionFields({ value, onChange, path, errors }: EmbeddedActionFieldsProps) {
  return (
    <fieldset className="embedded-action">
      <legend>Embedded action</legend>
      <div className="row">
        <SelectField
          label="Fire when processed"
          path={`${path}.action`}
          value={value.action}
          options={[{ value: "", label: "None" }, ...actionNames]}
          onChange={(action) => onChange({ ...value, action })}
          error={errors?.action}
        />
        {value.action !== "" && (
          <TextField
            label="Language"
            path={`${path}.language`}
            value={value.language}
            onChange={(language) => onChange({ ...value, language })}
            error={errors?.language}
            placeholder="en-US"
          />
        )}
      </div>
    </fieldset>
  );
}
