import { forward, type InferOutput, looseObject, optional, partialCheck, pipe } from "valibot";
import { IsoDateTimeSchema } from "./IsoDateTimeSchema";
import { issueMessage } from "./issueMessage";
import { OrderActionSchema } from "./OrderActionSchema";
import { TextSchema } from "./TextSchema";

/** The delivery fields a change-delivery request can change; at least one is required. */
const changeableFields = ["method", "trackingNumber", "trackingUri", "deliveryDate"] as const;

/**
 * The schema of the body of `POST /api/v3/orders/{orderId}/change-delivery`: a new delivery
 * `method`, `trackingNumber`, `trackingUri` and/or `deliveryDate`, the `lastChangedAt` time of
 * the change, and an optional `orderAction` to fire once it is processed.
 */
export const ChangeDeliveryRequestSchema = pipe(
  looseObject(
    {
      method: optional(TextSchema),
      trackingNumber: optional(TextSchema),
      trackingUri: optional(TextSchema),
      deliveryDate: optional(IsoDateTimeSchema),
      lastChangedAt: IsoDateTimeSchema,
      orderAction: optional(OrderActionSchema),
    },
    issueMessage,
  ),
  forward(
    partialCheck(
      [["method"], ["trackingNumber"], ["trackingUri"], ["deliveryDate"]],
      (body) => changeableFields.some((field) => body[field] !== undefined),
      "is required when nothing else changes: give method, trackingNumber, trackingUri or deliveryDate",
    ),
    ["method"],
  ),
);

/** The body of a change-delivery request. */
export type ChangeDeliveryRequest = InferOutput<typeof ChangeDeliveryRequestSchema>;
