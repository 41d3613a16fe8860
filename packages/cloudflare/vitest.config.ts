import { defineProject } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared";

// The package's unit project (Node). The durable flow suite needs workerd and a Workflow
// binding: it has its own config, `vitest.flows.config.ts`, run as its own step of `npm test`.
export default defineProject({
  ...readSourceOfWorkspacePackages,
  test: {
    name: "cloudflare",
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/flows/**"],
  },
});
