import { defineProject } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared";

// The demo's unit and server tests (the root run picks this project up). The browser suite
// has its own config in e2e/, run as a separate step.
export default defineProject({
  ...readSourceOfWorkspacePackages,
  test: {
    name: "demo",
    environment: "happy-dom",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "server/**/*.test.ts"],
  },
});
