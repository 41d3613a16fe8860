import type { JobHandle, Order } from "@engage-orders/core";
import { useCreateOrder } from "@engage-orders/react";
import { type FieldError, OrderActionSchema, OrderRequestSchema } from "@engage-orders/schemas";
import { type FormEvent, useRef, useState } from "react";
import { setAt } from "../order/fieldPath";
import { newOrderDocument } from "../order/newOrderDocument";
import { newOrderId } from "../order/newOrderId";
import { recomputeTotals } from "../order/recomputeTotals";
import { validateBody } from "../order/validateBody";
import {
  EmbeddedActionFields,
  type EmbeddedActionValue,
  noEmbeddedAction,
  toOrderAction,
} from "./EmbeddedActionFields";
import { ErrorNotice } from "./ErrorNotice";
import { ErrorSummary } from "./ErrorSummary";
import { JsonDocumentEditor } from "./JsonDocumentEditor";
import { LineItemsEditor } from "./LineItemsEditor";
import { OrderFormFields } from "./OrderFormFields";

/** The props of `CreateOrderForm`. */
export interface CreateOrderFormProps {
  /** The e-mail address of the selected contact, pre-filled as the match key. */
  defaultEmail: string;
  /** Called with the job handle once Engage accepted the order. */
  onCreated: (handle: JobHandle) => void;
}

const stringify = (document: unknown): string => JSON.stringify(document, null, 2);

/** The fields a form control shows; errors elsewhere are found in the JSON editor. */
const shownInForm = (field: string): boolean =>
  /^(orderId|status|externalStatus|currencyCode|channel|externalStoreId|createdAt|contact(\.matchKey|\.matchKeyType)?|lineItems(\.subTotal|\.items)?|lineItems\.items\.\d+\.(article\.sku|article\.name|quantity|pricePerUnit|totalPrice)|orderAction\.(action|language))$/.test(
    field,
  );

/**
 * Registers a new order: a form for the common fields and a JSON editor for the whole document,
 * kept in step. The shared `OrderRequestSchema` checks the document before anything is sent and
 * its problems appear at their fields; an embedded action fires once the order is processed.
 */
export function CreateOrderForm({ defaultEmail, onCreated }: CreateOrderFormProps) {
  const fresh = () => newOrderDocument({ orderId: newOrderId(), email: defaultEmail });
  const [document, setDocument] = useState<Record<string, unknown>>(fresh);
  const [json, setJson] = useState(() => stringify(document));
  const [parseError, setParseError] = useState<string>();
  const [action, setAction] = useState<EmbeddedActionValue>(noEmbeddedAction);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempted, setAttempted] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const { trigger, isMutating, error, reset } = useCreateOrder({ throwOnError: false });

  const check = (next: Record<string, unknown>, nextAction = action): FieldError[] => {
    const orderAction = toOrderAction(nextAction);
    const actionErrors = orderAction
      ? validateBody(OrderActionSchema, orderAction).map((problem) => ({
          field: `orderAction.${problem.field}`,
          message: problem.message,
        }))
      : [];
    return [...validateBody(OrderRequestSchema, next), ...actionErrors];
  };
  const update = (next: Record<string, unknown>) => {
    setDocument(next);
    // Once a send was refused, errors follow every edit, so a fix shows at once.
    if (attempted) setErrors(check(next));
  };
  const onFieldChange = (path: string, value: unknown) => {
    const next = recomputeTotals(setAt(document, path, value));
    update(next);
    setJson(stringify(next));
    setParseError(undefined);
  };
  const onJsonChange = (text: string) => {
    setJson(text);
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        setParseError("The document must be a JSON object.");
        return;
      }
      setParseError(undefined);
      update(parsed as Record<string, unknown>);
    } catch (cause) {
      setParseError(`Not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };
  const focusField = (field: string) => {
    const target = form.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(field)}"]`);
    (target && shownInForm(field) ? target : editor.current)?.focus();
  };
  const refuse = (problems: FieldError[]) => {
    setErrors(problems);
    // After React has shown the summary, put the keyboard on it.
    requestAnimationFrame(() => summary.current?.focus());
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    reset();
    if (parseError) return refuse([{ field: "", message: parseError }]);
    const problems = check(document);
    if (problems.length > 0) return refuse(problems);
    setErrors([]);
    const orderAction = toOrderAction(action);
    const handle = await trigger({
      order: document as Order,
      ...(orderAction ? { orderAction } : {}),
    });
    if (!handle) return;
    onCreated(handle);
    const next = fresh();
    setDocument(next);
    setJson(stringify(next));
    setAttempted(false);
  };

  const serverErrors = error?.fieldErrors ?? [];
  const shown = [...errors, ...serverErrors];
  const unshown = shown.filter((problem) => !shownInForm(problem.field)).length;
  return (
    <form
      ref={form}
      className="panel create-order"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="create-order-title"
    >
      <h2 id="create-order-title">Register an order</h2>
      <p className="muted">
        Checked against the shared schema before sending. Engage then processes it asynchronously:
        watch the job below.
      </p>
      <ErrorSummary ref={summary} errors={errors} onSelect={focusField} />
      <div className="create-order-columns">
        <div>
          <OrderFormFields document={document} errors={shown} onChange={onFieldChange} />
          <LineItemsEditor document={document} errors={shown} onChange={onFieldChange} />
          <EmbeddedActionFields
            path="orderAction"
            value={action}
            onChange={(next) => {
              setAction(next);
              if (attempted) setErrors(check(document, next));
            }}
          />
        </div>
        <JsonDocumentEditor
          ref={editor}
          label="Whole document (JSON)"
          value={json}
          onChange={onJsonChange}
          parseError={parseError}
          hint={
            unshown > 0
              ? `${unshown} problem(s) are in fields only this editor shows.`
              : "Edit any field Engage accepts; the form follows."
          }
        />
      </div>
      <ErrorNotice title="Engage did not accept the order" error={error} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isMutating}>
          {isMutating ? "Sending…" : "Register order"}
        </button>
      </div>
    </form>
  );
}
