import type { RouteHandler } from "../context.ts";
import type { RouteName } from "../router.ts";
import { changeOrderDelivery } from "./changeOrderDelivery.ts";
import { changeOrderStatus } from "./changeOrderStatus.ts";
import { createOrder } from "./createOrder.ts";
import { deleteOrder } from "./deleteOrder.ts";
import { getJob } from "./getJob.ts";
import { getOrder } from "./getOrder.ts";
import { listContactOrders } from "./listContactOrders.ts";
import { registerOrderV2 } from "./registerOrderV2.ts";
import { replaceOrder } from "./replaceOrder.ts";
import { triggerAction } from "./triggerAction.ts";

/** The handler of each route. */
export const routeHandlers: Record<RouteName, RouteHandler> = {
  listContactOrders,
  createOrder,
  getOrder,
  replaceOrder,
  deleteOrder,
  getJob,
  triggerAction,
  changeOrderStatus,
  changeOrderDelivery,
  registerOrderV2,
};
