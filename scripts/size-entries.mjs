// What the size check measures: each entry is a module that imports part of a built package,
// bundled alone with esbuild (minified), then gzip -9. Budgets are in bytes (1 KB = 1000 B).
// The bench package reuses these entries for its side-by-side table.

/** What the React entries leave out: the hooks' peers and the core they wire together. */
const REACT_EXTERNALS = [
  "react",
  "react/jsx-runtime",
  "swr",
  "swr/mutation",
  "swr/infinite",
  "swr/subscription",
  "@engage-orders/core",
];

/**
 * Published entries with their budgets; `external` packages are not counted. A budget is a
 * growth guard, not a goal: each entry's measured size plus about 5 %, so a change that grows
 * an entry is a decision someone makes on purpose (raise the budget, say why), never drift.
 */
export const sizeEntries = [
  {
    name: "@engage-orders/schemas (everything, with valibot)",
    code: 'export * from "@engage-orders/schemas";',
    // 5030 B measured (with the shared list of Orders route names) plus about 5 %.
    budget: 5282,
  },
  {
    // What a form that validates an order and shows field errors pulls in.
    name: "@engage-orders/schemas (OrderRequestSchema + toFieldErrors)",
    code: 'export { OrderRequestSchema, toFieldErrors } from "@engage-orders/schemas";',
    budget: 3413,
  },
  {
    // The request schemas compiled for hot paths (a separate entry point).
    name: "@engage-orders/schemas/compiled (requestSchemas)",
    code: 'export { requestSchemas } from "@engage-orders/schemas/compiled";',
    budget: 4590,
  },
  {
    name: "@engage-orders/core (everything)",
    code: 'export * from "@engage-orders/core";',
    // A growth guard, like packages/core/test/size.test.ts: the measured 8799 B plus about 5 %.
    // The core is written for a reader first; bytes are not bought with clarity.
    budget: 9240,
  },
  {
    name: "@engage-orders/core (minimal edge import)",
    code: 'export { createOrdersClient, createOrder, waitForJob, triggerAction } from "@engage-orders/core";',
    // The measured 6785 B plus about 5 %.
    budget: 7120,
  },
  {
    // Server-side (Worker bundles allow megabytes): the budget guards against growth.
    name: "@engage-orders/proxy (createOrdersProxy)",
    code: 'export { createOrdersProxy } from "@engage-orders/proxy";',
    resolveFrom: "packages/proxy",
    // Measured 7176 B after the hardening (every spelling of the key, charsets, query rules).
    budget: 7535,
  },
  {
    name: "@engage-orders/proxy/worker (ready-made Worker)",
    code: 'export { default } from "@engage-orders/proxy/worker";',
    resolveFrom: "packages/proxy",
    // Measured 7709 B.
    budget: 8095,
  },
  {
    // The hooks' own code: React, SWR and the core are the application's (peer) dependencies.
    name: "@engage-orders/react (everything, react/swr/core external)",
    // A growth guard: 1653 B measured plus about 5 %. The hooks read like wiring (named
    // fields, plain steps, the per-client memory in the core's store); bytes are not bought
    // back with clarity.
    code: 'export * from "@engage-orders/react";',
    external: REACT_EXTERNALS,
    budget: 1736,
  },
  {
    name: "@engage-orders/react (minimal: provider + useOrderJob)",
    code: 'export { EngageOrdersProvider, useOrderJob } from "@engage-orders/react";',
    external: REACT_EXTERNALS,
    // A growth guard: 713 B measured plus about 5 %.
    budget: 749,
  },
];
