import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared.ts";

// The fleet limiter inside workerd (through Miniflare) against the emulator served by Node,
// and the README's example Worker (the limiter and an order flow together). The Workers are
// bundled from source by the suites themselves. A step of its own: it takes 20 s of real time.
// The flow suites under test/flows run in their own step (vitest.flows.config.ts).
export default defineConfig({
  ...readSourceOfWorkspacePackages,
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    name: "cloudflare-workerd",
    environment: "node",
    include: ["test/*.workerd.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
