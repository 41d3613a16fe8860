import type { ReactNode } from "react";
import { Field } from "./Field.tsx";

/** The props of `TextField`. */
export interface TextFieldProps {
  label: ReactNode;
  className?: string | undefined;
  path: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  type?: "text" | "email" | "number" | "url" | "datetime-local";
  required?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  step?: string;
  inputMode?: "decimal" | "numeric" | "text";
}

/** A labelled text input with its hint and error. */
export function TextField({
  label,
  path,
  value,
  onChange,
  error,
  hint,
  type = "text",
  className,
  ...rest
}: TextFieldProps) {
  return (
    <Field label={label} path={path} error={error} hint={hint} className={className}>
      {(control) => (
        <input
          {...control}
          {...rest}
          name={path}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
