import { defineProject } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared";

// The unit tests. The suites inside workerd run from `vitest.workerd.config.ts`, in their own
// step: they take 20 s of real time each.
export default defineProject({
  ...readSourceOfWorkspacePackages,
  test: {
    name: "cloudflare",
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
