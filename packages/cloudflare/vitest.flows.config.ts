import { fileURLToPath } from "node:url";
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared.ts";

// Durable order flows. Kept apart from the package's unit project: these need a Workflow
// binding and an emulator whose faults are switched per test, so files run one at a time.
// - `cloudflare-flows`: inside workerd (Workflows through Miniflare, `@cloudflare/vitest-pool-workers`),
//   against one emulator served by Node on 127.0.0.1 for the run.
// - `cloudflare-flows-restart`: from Node, a Worker run by Miniflare is stopped mid-flow and
//   started again on the same persisted state.
export default defineConfig({
  ...readSourceOfWorkspacePackages,
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    projects: [
      {
        ...readSourceOfWorkspacePackages,
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: "./test/flows/worker.ts",
            miniflare: {
              compatibilityDate: "2026-04-01",
              bindings: {
                ENGAGE_URL: inject("emulatorUrl"),
                ENGAGE_API_KEY: inject("emulatorApiKey"),
                ENGAGE_USER_AGENT: "EngageOrdersFlowTests/1.0",
              },
              workflows: { ORDER_FLOW: { name: "order-flow", className: "OrderFlow" } },
            },
          })),
        ],
        test: {
          name: "cloudflare-flows",
          include: ["test/flows/**/*.workerd.test.ts"],
          globalSetup: ["./test/flows/emulatorSetup.node.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
      {
        ...readSourceOfWorkspacePackages,
        test: {
          name: "cloudflare-flows-restart",
          environment: "node",
          include: ["test/flows/**/*.node.test.ts"],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
