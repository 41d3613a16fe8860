import { internalsOf } from "./clientInternals.ts";
import type { OrderSchemas, OrdersClient } from "./createOrdersClient.ts";
import { invalid, ValidationError } from "./errors.ts";

/** Returns the value when it is a non-empty string, or throws a `ValidationError` naming the field. */
export function need(value: unknown, field: string): string {
  if (typeof value !== "string" || !value) invalid(field, "must be a non-empty string");
  return value;
}

/** Checks a value with the client's schema for `kind`, if one was given; nothing is sent on failure. */
export async function check(
  client: OrdersClient,
  kind: keyof OrderSchemas,
  value: unknown,
): Promise<void> {
  const schema = internalsOf(client).schemas[kind];
  // Without a schema there is nothing to wait for, so no await on the hot path.
  if (!schema) return;
  const result = await schema["~standard"].validate(value);
  if (result.issues) {
    const fieldErrors = result.issues.map((issue) => ({
      field: (issue.path ?? [])
        .map((segment) => String(typeof segment === "object" ? segment.key : segment))
        .join("."),
      message: issue.message,
    }));
    throw new ValidationError(
      `Invalid ${kind}: ${fieldErrors.map((error) => `${error.field || "(root)"}: ${error.message}`).join("; ")}`,
      { fieldErrors },
    );
  }
}
