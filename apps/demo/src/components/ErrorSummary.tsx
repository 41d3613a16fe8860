import type { FieldError } from "@engage-orders/schemas";
import { forwardRef } from "react";

/** The props of `ErrorSummary`. */
export interface ErrorSummaryProps {
  /** The field errors to list. */
  errors: readonly FieldError[];
  /** Moves focus to the field with this path (or to the JSON editor when no field shows it). */
  onSelect: (field: string) => void;
}

/**
 * The list of problems that stopped a form from sending, above the form: each entry names the
 * field and links to it. It is focused after a failed submit, so keyboard and screen-reader
 * users land on it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, onSelect },
  ref,
) {
  if (errors.length === 0) return null;
  return (
    <div className="notice notice-error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p className="notice-title">
        {errors.length === 1 ? "1 problem" : `${errors.length} problems`}: nothing was sent
      </p>
      <ul>
        {errors.map((error) => (
          <li key={`${error.field}:${error.message}`}>
            <button type="button" className="link" onClick={() => onSelect(error.field)}>
              <code>{error.field || "(document)"}</code>
            </button>{" "}
            {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
});
