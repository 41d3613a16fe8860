import { type InferOutput, looseObject, optional, pipe } from "valibot";
import { checkAt } from "./checkAt.ts";
import { IsoDateTimeSchema } from "./IsoDateTimeSchema.ts";
import { issueMessage } from "./issueMessage.ts";
import { OrderActionSchema } from "./OrderActionSchema.ts";
import { OrderStatusSchema } from "./OrderStatusSchema.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of the body of `POST /api/v3/orders/{orderId}/change-status`: a new `status`, a
 * new `externalStatus` (free text such as `Shipped`) or both, the `lastChangedAt` time of the
 * change, and an optional `orderAction` to fire once it is processed.
 */
export const ChangeStatusRequestSchema = /* @__PURE__ */ pipe(
  /* @__PURE__ */ looseObject(
    {
      status: /* @__PURE__ */ optional(OrderStatusSchema),
      externalStatus: /* @__PURE__ */ optional(TextSchema),
      lastChangedAt: IsoDateTimeSchema,
      orderAction: /* @__PURE__ */ optional(OrderActionSchema),
    },
    issueMessage,
  ),
  /* @__PURE__ */ checkAt(
    "status",
    (body) => body.status !== undefined || body.externalStatus !== undefined,
    () => "is required when externalStatus is absent: give status, externalStatus or both",
  ),
);

/** The body of a change-status request. */
export type ChangeStatusRequest = InferOutput<typeof ChangeStatusRequestSchema>;
