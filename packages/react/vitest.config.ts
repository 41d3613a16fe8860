import { defineProject } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared";

export default defineProject({
  ...readSourceOfWorkspacePackages,
  test: {
    name: "react",
    environment: "happy-dom",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.tsx"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
