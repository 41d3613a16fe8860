import { type InferOutput, looseObject, optional } from "valibot";
import { IsoDateTimeSchema } from "./IsoDateTimeSchema.ts";
import { issueMessage } from "./issueMessage.ts";
import { TextSchema } from "./TextSchema.ts";

/** The schema of an order's delivery in a request: method, tracking and expected date. */
export const DeliverySchema = /* @__PURE__ */ looseObject(
  {
    method: /* @__PURE__ */ optional(TextSchema),
    trackingNumber: /* @__PURE__ */ optional(TextSchema),
    trackingUri: /* @__PURE__ */ optional(TextSchema),
    deliveryDate: /* @__PURE__ */ optional(IsoDateTimeSchema),
  },
  issueMessage,
);

/** How and when an order is delivered. */
export type Delivery = InferOutput<typeof DeliverySchema>;
