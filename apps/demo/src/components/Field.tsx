import { type ReactNode, useId } from "react";

/** The props of `Field`. */
export interface FieldProps {
  /** The visible label (its text is the control's accessible name). */
  label: ReactNode;
  /** Extra class names of the wrapper, for layout. */
  className?: string | undefined;
  /** The dotted path of the value the field edits; errors and focus find the field by it. */
  path: string;
  /** The error for this field, shown under it and announced with it. */
  error?: string | undefined;
  /** A short hint under the label. */
  hint?: string | undefined;
  /** Renders the control with the ids it must carry. */
  children: (control: {
    id: string;
    "data-path": string;
    "aria-invalid": boolean;
    "aria-describedby": string | undefined;
  }) => ReactNode;
}

/**
 * A labelled form field: label, optional hint, the control, and its error, wired together with
 * `aria-describedby` and `aria-invalid` so a screen reader reads the error with the field.
 */
export function Field({ label, path, error, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div
      className={["field", error ? "field-invalid" : "", className ?? ""].filter(Boolean).join(" ")}
    >
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {children({
        id,
        "data-path": path,
        "aria-invalid": Boolean(error),
        "aria-describedby": describedBy,
      })}
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
