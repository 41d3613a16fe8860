import type { FieldError } from "@engage-orders/schemas";
import { getAt } from "../order/fieldPath.ts";
import { numberText, parseNumber, text } from "../order/parseNumber.ts";
import { errorAt } from "../order/validateBody.ts";
import { TextField } from "./TextField.tsx";

/** The props of `LineItemsEditor`. */
export interface LineItemsEditorProps {
  document: Record<string, unknown>;
  errors: readonly FieldError[];
  onChange: (path: string, value: unknown) => void;
}

/** A line field's label: the column name shown, the line number for screen readers. */
function LineLabel({ line, name }: { line: number; name: string }) {
  return (
    <>
      <span className="visually-hidden">Line {line} </span>
      {name}
    </>
  );
}

const emptyLine = {
  type: "Purchase",
  quantity: 1,
  article: { sku: "", name: "" },
  pricePerUnit: 0,
};

/**
 * The order's line items: article, quantity and unit price per line (the line total and the
 * sub-total follow), with buttons to add and remove lines.
 */
export function LineItemsEditor({ document, errors, onChange }: LineItemsEditorProps) {
  const rawItems = getAt(document, "lineItems.items");
  const items = Array.isArray(rawItems) ? rawItems : [];
  const currency = text(getAt(document, "currencyCode"));
  const field = (index: number, key: string) => `lineItems.items.${index}.${key}`;
  const textProps = (path: string) => ({
    path,
    value: text(getAt(document, path)),
    error: errorAt(errors, path),
    onChange: (value: string) => onChange(path, value),
  });
  const numberProps = (path: string) => ({
    path,
    type: "number" as const,
    step: "any",
    inputMode: "decimal" as const,
    value: numberText(getAt(document, path)),
    error: errorAt(errors, path),
    onChange: (value: string) => onChange(path, parseNumber(value)),
  });
  return (
    <fieldset>
      <legend>Line items</legend>
      {errorAt(errors, "lineItems") && (
        <p className="field-error">{errorAt(errors, "lineItems")}</p>
      )}
      {errorAt(errors, "lineItems.items") && (
        <p className="field-error">items: {errorAt(errors, "lineItems.items")}</p>
      )}
      <ol className="line-items">
        {items.map((_, index) => (
          // Lines have no stable id of their own; their position is their identity here.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="line-item">
            <span className="line-number" aria-hidden="true">
              {index + 1}
            </span>
            <TextField
              label={<LineLabel line={index + 1} name="SKU" />}
              className="line-sku"
              {...textProps(field(index, "article.sku"))}
            />
            <TextField
              label={<LineLabel line={index + 1} name="Article name" />}
              className="line-name"
              {...textProps(field(index, "article.name"))}
            />
            <TextField
              label={<LineLabel line={index + 1} name="Quantity" />}
              className="line-quantity"
              {...numberProps(field(index, "quantity"))}
            />
            <TextField
              label={<LineLabel line={index + 1} name="Unit price" />}
              className="line-price"
              {...numberProps(field(index, "pricePerUnit"))}
            />
            <TextField
              label={<LineLabel line={index + 1} name="Total" />}
              className="line-total"
              {...numberProps(field(index, "totalPrice"))}
              readOnly
            />
            <button
              type="button"
              className="button-quiet line-remove"
              aria-label={`Remove line ${index + 1}`}
              onClick={() =>
                onChange(
                  "lineItems.items",
                  items.filter((__, other) => other !== index),
                )
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="line-items-footer">
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            onChange("lineItems.items", [...items, { ...emptyLine, id: String(items.length + 1) }])
          }
        >
          Add line
        </button>
        <p className={errorAt(errors, "lineItems.subTotal") ? "subtotal field-error" : "subtotal"}>
          Sub-total{" "}
          <strong data-path="lineItems.subTotal" tabIndex={-1}>
            {numberText(getAt(document, "lineItems.subTotal")) || "–"} {currency}
          </strong>
          {errorAt(errors, "lineItems.subTotal") && <> · {errorAt(errors, "lineItems.subTotal")}</>}
        </p>
      </div>
    </fieldset>
  );
}
