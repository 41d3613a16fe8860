import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The root's unit projects, for the runs under Node 22 and 24: each package's own config,
// without its type tests (types do not depend on the Node line; the Node 20 run checks them).
const root = fileURLToPath(new URL("../..", import.meta.url));
const projectDirs = ["packages", "apps"].flatMap((group) =>
  readdirSync(join(root, group))
    .map((name) => join(root, group, name))
    .filter((dir) => existsSync(join(dir, "vitest.config.ts"))),
);

export default defineConfig({
  root,
  test: {
    projects: projectDirs.map((dir) => ({
      extends: join(dir, "vitest.config.ts"),
      root: dir,
      test: { typecheck: { enabled: false } },
    })),
  },
});
