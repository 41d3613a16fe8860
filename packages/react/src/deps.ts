// Every value the package takes from its dependencies comes through this module, so a bundle
// carries one import statement per dependency instead of one per file: the hooks' own code
// has a 1500 B (min+gz) budget. Types are imported from the packages directly.
export {
  changeOrderDelivery,
  changeOrderStatus,
  createOrder,
  deleteOrder,
  getJob,
  getOrder,
  listContactOrders,
  replaceOrder,
  triggerAction,
  VersionTagMismatchError,
  waitForJob,
} from "@engage-orders/core";
export { createContext, createElement, useContext, useEffect, useRef } from "react";
export { default as useSWR, useSWRConfig } from "swr";
export { default as useSWRInfinite } from "swr/infinite";
export { default as useSWRMutation } from "swr/mutation";
export { default as useSWRSubscription } from "swr/subscription";
