import { defineProject } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared";

export default defineProject({
  ...readSourceOfWorkspacePackages,
  test: {
    name: "test-utils",
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
