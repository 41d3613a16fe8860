import {
  localActionSchema,
  localChangeDeliverySchema,
  localChangeStatusSchema,
  localOrderSchema,
  localOrderV2Schema,
} from "./localSchemas.js";
import type { JsonObject } from "./state.js";
import type { V2Rules, Validation } from "./validators.js";
import { validateWith } from "./validators.js";

/** Validates a v3 order (create and replace). */
export const validateOrder = (body: unknown): Validation => validateWith(localOrderSchema, body);

/** Validates an action request. */
export const validateAction = (body: unknown): Validation => validateWith(localActionSchema, body);

/** Validates a change-status request. */
export const validateChangeStatus = (body: unknown): Validation =>
  validateWith(localChangeStatusSchema, body);

/** Validates a change-delivery request. */
export const validateChangeDelivery = (body: unknown): Validation =>
  validateWith(localChangeDeliverySchema, body);

/** Validates a v2 order: its shape (400), then the "must add up" rules (422). */
export function validateOrderV2(body: unknown, _rules: V2Rules): Validation {
  const shape = validateWith(localOrderV2Schema, body);
  if (!shape.ok) return shape;
  return { ok: true, value: shape.value as JsonObject };
}
