import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared.ts";

// The fleet limiter inside workerd (through Miniflare) against the emulator served by Node.
// The Worker is bundled from source by the suite itself. A step of its own: it takes 20 s of
// real time.
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
