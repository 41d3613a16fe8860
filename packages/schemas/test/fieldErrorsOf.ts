import { type GenericSchema, safeParse } from "valibot";
import { type FieldError, toFieldErrors } from "../src";

/** The field errors a schema reports for `input`; empty when the input is valid. */
export const fieldErrorsOf = (schema: GenericSchema, input: unknown): FieldError[] =>
  toFieldErrors(safeParse(schema, input).issues ?? []);
