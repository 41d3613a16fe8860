import { defineProject } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared";

export default defineProject({
  ...readSourceOfWorkspacePackages,
  test: {
    name: "deno",
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
