import { forward, type InferOutput, looseObject, optional, partialCheck, pipe } from "valibot";
import { IsoDateTimeSchema } from "./IsoDateTimeSchema";
import { issueMessage } from "./issueMessage";
import { OrderActionSchema } from "./OrderActionSchema";
import { OrderStatusSchema } from "./OrderStatusSchema";
import { TextSchema } from "./TextSchema";

/**
 * The schema of the body of `POST /api/v3/orders/{orderId}/change-status`: a new `status`, a
 * new `externalStatus` (free text such as `Shipped`) or both, the `lastChangedAt` time of the
 * change, and an optional `orderAction` to fire once it is processed.
 */
export const ChangeStatusRequestSchema = pipe(
  looseObject(
    {
      status: optional(OrderStatusSchema),
      externalStatus: optional(TextSchema),
      lastChangedAt: IsoDateTimeSchema,
      orderAction: optional(OrderActionSchema),
    },
    issueMessage,
  ),
  forward(
    partialCheck(
      [["status"], ["externalStatus"]],
      (body) => body.status !== undefined || body.externalStatus !== undefined,
      "is required when externalStatus is absent: give status, externalStatus or both",
    ),
    ["status"],
  ),
);

/** The body of a change-status request. */
export type ChangeStatusRequest = InferOutput<typeof ChangeStatusRequestSchema>;
