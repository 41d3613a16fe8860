import { type FieldError, toFieldErrors } from "@engage-orders/schemas";
import { type GenericSchema, safeParse } from "valibot";

/**
 * Checks a request body against one of the shared schemas before anything is sent; returns
 * its field errors (dotted paths), empty when the body is valid.
 */
export function validateBody(schema: GenericSchema, body: unknown): FieldError[] {
  const result = safeParse(schema, body);
  return result.success ? [] : toFieldErrors(result.issues);
}

/** The first message for a field, for showing it beside that field. */
export function errorAt(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}
