import {
  ActionRequestSchema,
  ChangeDeliveryRequestSchema,
  ChangeStatusRequestSchema,
  OrderRequestSchema,
} from "@engage-orders/schemas";
import { localOrderV2Schema } from "./localSchemas.js";
import type { V2Rules, Validation } from "./validators.js";
import { validateWith } from "./validators.js";

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

/** Validates a v2 order: its shape (400), then the "must add up" rules (422). */
export function validateOrderV2(body: unknown, _rules: V2Rules): Validation {
  return validateWith(localOrderV2Schema, body);
}
