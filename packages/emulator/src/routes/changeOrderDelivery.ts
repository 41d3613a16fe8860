import type { RouteHandler } from "../context.js";
import { validateChangeDelivery } from "../requestSchemas.js";
import { changeOrder } from "./changeOrder.js";

/** Handles `POST /api/v3/orders/{orderId}/change-delivery`: new delivery details, through a job. */
export const changeOrderDelivery: RouteHandler = (context) =>
  changeOrder(context, "changeDelivery", validateChangeDelivery);
