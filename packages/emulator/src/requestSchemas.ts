import type { OrderV2 } from "@engage-orders/schemas";
import {
  ActionRequestSchema,
  ChangeDeliveryRequestSchema,
  ChangeStatusRequestSchema,
  checkOrderV2Totals,
  OrderRequestSchema,
  OrderV2Schema,
} from "@engage-orders/schemas";
import type { V2Rules, Validation } from "./validators.ts";
import { validateWith } from "./validators.ts";

/** The error code of a v2 order whose amounts do not add up (Engage documents no name). */
export const V2_AMOUNTS_ERROR_CODE = "InvalidAmounts";

/** Validates a v3 order (create and replace) with the shared schema. */
export const validateOrder = (body: unknown): Validation => validateWith(OrderRequestSchema, body);

/** Validates an action request with the shared schema. */
export const validateAction = (body: unknown): Validation =>
  validateWith(ActionRequestSchema, body);

/** Validates a change-status request with the shared schema. */
export const validateChangeStatus = (body: unknown): Validation =>
  validateWith(ChangeStatusRequestSchema, body);

/** Validates a change-delivery request with the shared schema. */
export const validateChangeDelivery = (body: unknown): Validation =>
  validateWith(ChangeDeliveryRequestSchema, body);

/**
 * Validates a v2 order: its shape with the shared schema (400), then the "must add up" rules
 * with the shared check (422), the tenant's optional sums only when switched on.
 */
export function validateOrderV2(body: unknown, rules: V2Rules): Validation {
  const shape = validateWith(OrderV2Schema, body);
  if (!shape.ok) return shape;
  const errors = checkOrderV2Totals(shape.value as OrderV2, { tenantRules: rules });
  if (errors.length === 0) return shape;
  return { ok: false, status: 422, errorCode: V2_AMOUNTS_ERROR_CODE, errors };
}
