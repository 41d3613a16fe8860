// The emulator's ready-made Workers module, configured from bindings.
export { default } from "@engage-orders/emulator/worker";
