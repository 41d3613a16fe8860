import type { RouteHandler } from "../context.js";
import type { RouteName } from "../router.js";
import { changeOrderDelivery } from "./changeOrderDelivery.js";
import { changeOrderStatus } from "./changeOrderStatus.js";
import { createOrder } from "./createOrder.js";
import { deleteOrder } from "./deleteOrder.js";
import { getJob } from "./getJob.js";
import { getOrder } from "./getOrder.js";
import { listContactOrders } from "./listContactOrders.js";
import { registerOrderV2 } from "./registerOrderV2.js";
import { replaceOrder } from "./replaceOrder.js";
import { triggerAction } from "./triggerAction.js";

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
