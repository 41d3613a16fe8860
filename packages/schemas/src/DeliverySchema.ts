import { type InferOutput, looseObject, optional } from "valibot";
import { IsoDateTimeSchema } from "./IsoDateTimeSchema";
import { issueMessage } from "./issueMessage";
import { TextSchema } from "./TextSchema";

/** The schema of an order's delivery in a request: method, tracking and expected date. */
export const DeliverySchema = looseObject(
  {
    method: optional(TextSchema),
    trackingNumber: optional(TextSchema),
    trackingUri: optional(TextSchema),
    deliveryDate: optional(IsoDateTimeSchema),
  },
  issueMessage,
);

/** How and when an order is delivered. */
export type Delivery = InferOutput<typeof DeliverySchema>;
