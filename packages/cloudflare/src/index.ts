export * from "./flows/index.ts";
