import { Field } from "./Field.tsx";

/** The props of `SelectField`. */
export interface SelectFieldProps {
  label: string;
  path: string;
  value: string;
  options: readonly (string | { value: string; label: string })[];
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled select with its hint and error. */
export function SelectField({
  label,
  path,
  value,
  options,
  onChange,
  error,
  hint,
}: SelectFieldProps) {
  return (
    <Field label={label} path={path} error={error} hint={hint}>
      {(control) => (
        <select
          {...control}
          name={path}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => {
            const { value: optionValue, label: optionLabel } =
              typeof option === "string" ? { value: option, label: option } : option;
            return (
              <option key={optionValue} value={optionValue}>
                {optionLabel}
              </option>
            );
          })}
        </select>
      )}
    </Field>
  );
}
