import type { JobHandle, Order } from "@engage-orders/core";
import { useCreateOrder, useReplaceOrder } from "@engage-orders/react";
import { type FieldError, OrderActionSchema, OrderRequestSchema } from "@engage-orders/schemas";
import { type FormEvent, useId, useRef, useState } from "react";
import { setAt } from "../order/fieldPath.ts";
import { recomputeTotals } from "../order/recomputeTotals.ts";
import { validateBody } from "../order/validateBody.ts";
import {
  EmbeddedActionFields,
  type EmbeddedActionValue,
  noEmbeddedAction,
  toOrderAction,
} from "./EmbeddedActionFields.tsx";
import { ErrorNotice } from "./ErrorNotice.tsx";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { JsonDocumentEditor } from "./JsonDocumentEditor.tsx";
import { LineItemsEditor } from "./LineItemsEditor.tsx";
import { OrderFormFields } from "./OrderFormFields.tsx";

/** The props of `OrderDocumentForm`. */
export interface OrderDocumentFormProps {
  /** Register a new order, or replace the stored one (its order id is then fixed). */
  mode: "create" | "replace";
  /** The document to start from; called again for a fresh form after a create. */
  initialDocument: () => Record<string, unknown>;
  /** Called with the job handle once Engage accepted the write. */
  onAccepted: (handle: JobHandle) => void;
}

const texts = {
  create: {
    title: "Register an order",
    intro:
      "Checked against the shared schema before sending. Engage then processes it asynchronously: watch the job below.",
    submit: "Register order",
    refused: "Engage did not accept the order",
  },
  replace: {
    title: "Replace the whole order",
    intro:
      "Sends the whole document as the order's new version (PUT), checked by the same schema first.",
    submit: "Replace order",
    refused: "Engage did not accept the new version",
  },
} as const;

const stringify = (document: unknown): string => JSON.stringify(document, null, 2);

/** The fields a form control shows; errors elsewhere are found in the JSON editor. */
const shownInForm = (field: string): boolean =>
  /^(orderId|status|externalStatus|currencyCode|channel|externalStoreId|createdAt|contact(\.matchKey|\.matchKeyType)?|lineItems(\.subTotal|\.items)?|lineItems\.items\.\d+\.(article\.sku|article\.name|quantity|pricePerUnit|totalPrice)|orderAction\.(action|language))$/.test(
    field,
  );

/**
 * Registers a new order or replaces a stored one: a form for the common fields and a JSON
 * editor for the whole document, kept in step. The shared `OrderRequestSchema` checks the
 * document before anything is sent and its problems appear at their fields; an embedded action
 * fires once the write is processed.
 */
export function OrderDocumentForm({ mode, initialDocument, onAccepted }: OrderDocumentFormProps) {
  const text = texts[mode];
  const titleId = useId();
  const [document, setDocument] = useState<Record<string, unknown>>(initialDocument);
  const [json, setJson] = useState(() => stringify(document));
  const [parseError, setParseError] = useState<string>();
  const [action, setAction] = useState<EmbeddedActionValue>(noEmbeddedAction);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempted, setAttempted] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const create = useCreateOrder({ throwOnError: false });
  const replace = useReplaceOrder({ throwOnError: false });
  const { trigger, isMutating, error, reset } = mode === "create" ? create : replace;

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
    onAccepted(handle);
    const next = initialDocument();
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
      aria-labelledby={titleId}
    >
      {mode === "create" ? <h2 id={titleId}>{text.title}</h2> : <h3 id={titleId}>{text.title}</h3>}
      <p className="muted">{text.intro}</p>
      <ErrorSummary ref={summary} errors={errors} onSelect={focusField} />
      <div className="create-order-columns">
        <div>
          <OrderFormFields
            document={document}
            errors={shown}
            onChange={onFieldChange}
            fixedOrderId={mode === "replace"}
          />
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
      <ErrorNotice title={text.refused} error={error} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isMutating}>
          {isMutating ? "Sending…" : text.submit}
        </button>
      </div>
    </form>
  );
}
