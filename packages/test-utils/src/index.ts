export * from "./makeOrder.ts";
