import { defineProject } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared";

// The package's unit tests (Node). The suites inside workerd have their own configs and steps
// of `npm test`: `vitest.workerd.config.ts` (the fleet limiter, 20 s of real time, and the
// README's example Worker) and `vitest.flows.config.ts` (durable order flows on Workflows).
export default defineProject({
  ...readSourceOfWorkspacePackages,
  test: {
    name: "cloudflare",
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
