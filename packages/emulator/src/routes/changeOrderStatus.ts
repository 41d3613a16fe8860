import type { RouteHandler } from "../context.ts";
import { validateChangeStatus } from "../requestSchemas.ts";
import { changeOrder } from "./changeOrder.ts";

/** Handles `POST /api/v3/orders/{orderId}/change-status`: a new status and/or external status, through a job. */
export const changeOrderStatus: RouteHandler = (context) =>
  changeOrder(context, "changeStatus", validateChangeStatus);
