import { type InferOutput, looseObject, optional, pipe } from "valibot";
import { checkAt } from "./checkAt.ts";
import { IsoDateTimeSchema } from "./IsoDateTimeSchema.ts";
import { issueMessage } from "./issueMessage.ts";
import { OrderActionSchema } from "./OrderActionSchema.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of the body of `POST /api/v3/orders/{orderId}/change-delivery`: a new delivery
 * `method`, `trackingNumber`, `trackingUri` and/or `deliveryDate`, the `lastChangedAt` time of
 * the change, and an optional `orderAction` to fire once it is processed.
 */
export const ChangeDeliveryRequestSchema = /* @__PURE__ */ pipe(
  /* @__PURE__ */ looseObject(
    {
      method: /* @__PURE__ */ optional(TextSchema),
      trackingNumber: /* @__PURE__ */ optional(TextSchema),
      trackingUri: /* @__PURE__ */ optional(TextSchema),
      deliveryDate: /* @__PURE__ */ optional(IsoDateTimeSchema),
      lastChangedAt: IsoDateTimeSchema,
      orderAction: /* @__PURE__ */ optional(OrderActionSchema),
    },
    issueMessage,
  ),
  /* @__PURE__ */ checkAt(
    "method",
    (body) =>
      body.method !== undefined ||
      body.trackingNumber !== undefined ||
      body.trackingUri !== undefined ||
      body.deliveryDate !== undefined,
    () =>
      "is required when nothing else changes: give method, trackingNumber, trackingUri or deliveryDate",
  ),
);

/** The body of a change-delivery request. */
export type ChangeDeliveryRequest = InferOutput<typeof ChangeDeliveryRequestSchema>;
