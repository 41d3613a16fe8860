// Every value the package takes from its dependencies comes through this module, so a bundle
// carries one import statement per dependency instead of one per file: the hooks' own code
// has a 1500 B (min+gz) budget. Types are imported from the packages directly.
export {
  changeOrderDelivery,
  changeOrderStatus,
  createOrder,
  deleteOrder,
  getOrder,
  listContactOrders,
  replaceOrder,
  triggerAction,
  VersionTagMismatchError,
  watchJob,
} from "@engage-orders/core";
export {
  createContext,
  createElement,
  useContext,
  useEffect,
  useRef,
  useSyncExternalStore,
} from "react";
export { default as useSWR, useSWRConfig } from "swr";
export { default as useSWRInfinite } from "swr/infinite";
export { default as useSWRMutation } from "swr/mutation";
