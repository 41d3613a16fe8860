// Peers measured beside our own entries, with the same bundler and method (esbuild, minified,
// gzip -9). Each entry imports what a user of that library would import for the same job.

/** Peer entries for the size table. */
export const peerEntries = [
  {
    name: "openapi-fetch (typed fetch, no job engine)",
    code: 'export { default } from "openapi-fetch";',
  },
  { name: "ky (fetch wrapper with retries)", code: 'export { default } from "ky";' },
  { name: "ofetch (fetch wrapper with retries)", code: 'export { ofetch } from "ofetch";' },
  {
    name: "@azure/core-lro (long-running operation poller)",
    code: 'export * from "@azure/core-lro";',
  },
  {
    name: "swr + swr/mutation (react external)",
    code: 'export { default as useSWR, SWRConfig } from "swr"; export { default as useSWRMutation } from "swr/mutation";',
    external: ["react", "react-dom"],
  },
  {
    name: "@tanstack/react-query (react external)",
    code: 'export { QueryClient, QueryClientProvider, useQuery, useMutation } from "@tanstack/react-query";',
    external: ["react", "react-dom"],
  },
  {
    name: "one order schema in valibot",
    code: 'export { parseOrder } from "./fixtures/orderSchemaValibot.mjs";',
  },
  {
    name: 'one order schema in zod (import * as z from "zod")',
    code: 'export { parseOrder } from "./fixtures/orderSchemaZod.mjs";',
  },
  {
    name: "one order schema in zod/mini",
    code: 'export { parseOrder } from "./fixtures/orderSchemaZodMini.mjs";',
  },
];
