import type { FieldError } from "./FieldError.ts";

/**
 * An issue as valibot or any Standard Schema reports it: a message and the path to the value,
 * each segment a key or an object holding the key.
 */
export type IssueLike = {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: unknown }> | undefined;
};

/**
 * Creates field errors from schema issues: one `{ field, message }` per issue, the path joined
 * with dots and array indexes written as numbers (`lineItems.items.0.quantity`). Accepts
 * valibot issues and Standard Schema issues alike.
 *
 * @example
 * const result = OrderRequestSchema["~standard"].validate(body);
 * if ("issues" in result && result.issues) return toFieldErrors(result.issues);
 */
export const toFieldErrors = (issues: readonly IssueLike[]): FieldError[] =>
  issues.map((issue) => ({
    field: (issue.path ?? [])
      .map((segment) => String(typeof segment === "object" ? segment.key : segment))
      .join("."),
    message: issue.message,
  }));
