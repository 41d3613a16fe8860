// The `@engage-orders/schemas/compiled` entry: the request schemas compiled for hot paths.
export * from "./compileSchema.ts";
export * from "./requestSchemas.ts";
