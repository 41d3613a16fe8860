import { forwardRef, useId } from "react";

/** The props of `JsonDocumentEditor`. */
export interface JsonDocumentEditorProps {
  /** The label of the editor. */
  label: string;
  /** The JSON text. */
  value: string;
  onChange: (text: string) => void;
  /** Why the text is not a usable document (a JSON syntax error, not an object). */
  parseError?: string | undefined;
  /** How many schema problems the document has that no form field shows. */
  hint?: string;
}

/**
 * A plain-text JSON editor for a whole request document, so any field Engage accepts can be
 * sent, not only the ones the form shows. It is a plain textarea, so Tab moves on as usual and
 * the keyboard is never trapped.
 */
export const JsonDocumentEditor = forwardRef<HTMLTextAreaElement, JsonDocumentEditorProps>(
  function JsonDocumentEditor({ label, value, onChange, parseError, hint }, ref) {
    const id = useId();
    const described = [hint ? `${id}-hint` : "", parseError ? `${id}-error` : ""]
      .filter(Boolean)
      .join(" ");
    return (
      <div className={parseError ? "field field-invalid" : "field"}>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <span className="hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        <textarea
          id={id}
          ref={ref}
          className="json-editor"
          data-path=""
          spellCheck={false}
          rows={18}
          value={value}
          aria-invalid={Boolean(parseError)}
          aria-describedby={described || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {parseError && (
          <span className="field-error" id={`${id}-error`}>
            {parseError}
          </span>
        )}
      </div>
    );
  },
);
