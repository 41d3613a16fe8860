import type { FieldError } from "@engage-orders/schemas";
import { matchKeyTypes, orderStatuses } from "../order/actionNames.ts";
import { getAt } from "../order/fieldPath.ts";
import { fromDateTimeLocal, toDateTimeLocal } from "../order/isoWithOffset.ts";
import { text } from "../order/parseNumber.ts";
import { errorAt } from "../order/validateBody.ts";
import { SelectField } from "./SelectField.tsx";
import { TextField } from "./TextField.tsx";

/** The props of `OrderFormFields`. */
export interface OrderFormFieldsProps {
  document: Record<string, unknown>;
  errors: readonly FieldError[];
  /** Sets the value at a dotted path (`undefined` removes it). */
  onChange: (path: string, value: unknown) => void;
  /** Shows the order id read-only (a replace names the order it replaces). */
  fixedOrderId?: boolean;
}

/** The order document's common fields: id, contact, status, store, channel, currency, date. */
export function OrderFormFields({
  document,
  errors,
  onChange,
  fixedOrderId,
}: OrderFormFieldsProps) {
  const textProps = (path: string) => ({
    path,
    value: text(getAt(document, path)),
    error: errorAt(errors, path),
    onChange: (value: string) => onChange(path, value === "" ? undefined : value),
  });
  const createdAt = text(getAt(document, "createdAt"));
  return (
    <>
      <fieldset>
        <legend>Order</legend>
        <div className="grid-3">
          <TextField
            label="Order id"
            hint={
              fixedOrderId ? "The order this version replaces" : "Your own id; unique per order"
            }
            {...textProps("orderId")}
            readOnly={fixedOrderId ?? false}
          />
          <SelectField
            label="Status"
            {...textProps("status")}
            options={[{ value: "", label: "Choose…" }, ...orderStatuses]}
          />
          <TextField
            label="External status"
            hint="Free text, e.g. Reserved"
            {...textProps("externalStatus")}
          />
          <TextField label="Currency" hint="ISO 4217, e.g. SEK" {...textProps("currencyCode")} />
          <TextField label="Channel" hint="e.g. Ecom, Store" {...textProps("channel")} />
          <TextField label="Store" hint="Your store id" {...textProps("externalStoreId")} />
          <TextField
            label="Created at"
            className="span-2"
            type="datetime-local"
            path="createdAt"
            value={toDateTimeLocal(createdAt)}
            hint={createdAt || "Local time; sent with its UTC offset"}
            error={errorAt(errors, "createdAt")}
            onChange={(value) => onChange("createdAt", fromDateTimeLocal(value) || undefined)}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Contact</legend>
        <div className="grid-3">
          <SelectField
            label="Match key type"
            {...textProps("contact.matchKeyType")}
            options={[{ value: "", label: "Choose…" }, ...matchKeyTypes]}
          />
          <TextField
            label="Match key"
            className="span-2"
            hint="e.g. the contact's e-mail address"
            {...textProps("contact.matchKey")}
          />
        </div>
        {errorAt(errors, "contact") && (
          <p className="field-error">contact: {errorAt(errors, "contact")}</p>
        )}
      </fieldset>
    </>
  );
}
