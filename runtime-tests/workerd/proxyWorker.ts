// The proxy's ready-made Workers module, configured from bindings.
export { default } from "@engage-orders/proxy/worker";
