import { toFieldErrors } from "@engage-orders/schemas";
import * as v from "valibot";
import type { FieldError } from "./http.ts";
import type { JsonObject } from "./state.ts";

/** The outcome of validating a request body. */
export type Validation =
  | { ok: true; value: JsonObject }
  | { ok: false; status: 400 | 422; errorCode: string; message?: string; errors: FieldError[] };

/** The v2 tenant add-up rules (off by default for newer tenants). */
export interface V2Rules {
  /** The items' `taxAmount`s plus the fees' `tax` add up to `totalTax`. Defaults to `false`. */
  totalTax?: boolean;
  /** `totalGrossPrice` is the items' `grossPaidPrice`s plus the fees. Defaults to `false`. */
  totalGrossPrice?: boolean;
  /** The `paymentMethods` values add up to `totalGrossPrice`. Defaults to `false`. */
  paymentMethods?: boolean;
}

/** Validates a body against a schema; a failed parse becomes a 400 with the shared field errors. */
export function validateWith(schema: v.GenericSchema, body: unknown): Validation {
  const result = v.safeParse(schema, body);
  if (result.success) return { ok: true, value: result.output as JsonObject };
  return {
    ok: false,
    status: 400,
    errorCode: "InvalidRequest",
    errors: toFieldErrors(result.issues),
  };
}
