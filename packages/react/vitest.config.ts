import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared";

export default defineProject({
  ...readSourceOfWorkspacePackages,
  // Tests import the public name, like an application would.
  resolve: {
    ...readSourceOfWorkspacePackages.resolve,
    alias: { "@engage-orders/react": fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  },
  test: {
    name: "react",
    environment: "happy-dom",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
