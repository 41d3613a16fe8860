import type { RouteHandler } from "../context.ts";
import { validateChangeDelivery } from "../requestSchemas.ts";
import { changeOrder } from "./changeOrder.ts";

/** Handles `POST /api/v3/orders/{orderId}/change-delivery`: new delivery details, through a job. */
export const changeOrderDelivery: RouteHandler = (context) =>
  changeOrder(context, "changeDelivery", validateChangeDelivery);
