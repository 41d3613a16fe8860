import type { RouteHandler } from "../context.js";
import { validateChangeStatus } from "../requestSchemas.js";
import { changeOrder } from "./changeOrder.js";

/** Handles `POST /api/v3/orders/{orderId}/change-status`: a new status and/or external status, through a job. */
export const changeOrderStatus: RouteHandler = (context) =>
  changeOrder(context, "changeStatus", validateChangeStatus);
