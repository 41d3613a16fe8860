import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared.ts";

// Durable order flows inside workerd (Workflows through Miniflare), against the emulator served
// by Node. Kept apart from the package's unit project: it needs the Workflow binding and one
// emulator per run, whose faults are switched per test, so files run one after another.
export default defineConfig({
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
});
