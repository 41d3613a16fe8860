// The browser bundle holds no secret: the React hooks, the core and a proxy-backed client
// config, bundled for the browser with esbuild from the *built* packages (what users ship),
// with a canary key in the build environment, contain no trace of it; nor do the demo app's
// built assets. A control bundle that wrongly reads the key from the environment proves the
// scan finds a key when there is one.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canaryKey } from "../src/canary";

const root = fileURLToPath(new URL("../..", import.meta.url));
const here = join(root, "reliability");
const key = canaryKey();
const previous = process.env.ENGAGE_API_KEY;

/** The packages' built entries; built here when missing (the test run builds before testing). */
function ensureBuilt(pkg: string) {
  if (existsSync(join(root, "packages", pkg, "dist/index.js"))) return;
  const result = spawnSync(join(root, "node_modules/.bin/tsup"), [], {
    cwd: join(root, "packages", pkg),
    stdio: "inherit",
  });
  expect(result.status).toBe(0);
}

const appEntry = `
import { createOrdersClient } from "@engage-orders/core";
import { EngageOrdersProvider, useCreateOrder, useOrderAction, useOrderJob } from "@engage-orders/react";
import { createElement } from "react";
const client = createOrdersClient({ baseUrl: "/engage", apiKey: "via-proxy" });
function Checkout({ order }) {
  const create = useCreateOrder();
  const job = useOrderJob(create.data ?? null);
  const confirm = useOrderAction(job.versionTag ? order.orderId : null);
  return createElement("button", { onClick: () => create.trigger({ order }) }, job.status ?? confirm.error?.name);
}
export const App = (props) => createElement(EngageOrdersProvider, { client }, createElement(Checkout, props));
`;

/** Bundles an entry for the browser from the built packages; returns the code. */
async function bundle(contents: string, define: Record<string, string> = {}) {
  const result = await build({
    stdin: { contents, resolveDir: here, loader: "js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"', ...define },
  });
  return result.outputFiles.map((file) => file.text).join("\n");
}

/** Every file under a folder, as text. */
function readTree(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? readTree(path) : [{ path, text: readFileSync(path, "latin1") }];
  });
}

describe("browser bundles", () => {
  beforeAll(() => {
    process.env.ENGAGE_API_KEY = key;
    for (const pkg of ["schemas", "core", "react"]) ensureBuilt(pkg);
  }, 120_000);
  afterAll(() => {
    if (previous === undefined) delete process.env.ENGAGE_API_KEY;
    else process.env.ENGAGE_API_KEY = previous;
  });

  it("hooks + core + a proxy client config carry no key, with the key in the build environment", async () => {
    const code = await bundle(appEntry);
    expect(code).toContain("/api/v3/orders"); // the core is really in it
    expect(code).toContain("via-proxy");
    expect(code).not.toContain(key);
    expect(code).not.toMatch(/ENGAGE_API_KEY/);
  });

  it("the scan finds a key when an app wrongly inlines it (control)", async () => {
    const leaky = `${appEntry}\nexport const key = process.env.ENGAGE_API_KEY;`;
    const code = await bundle(leaky, { "process.env.ENGAGE_API_KEY": JSON.stringify(key) });
    expect(code).toContain(key);
  });

  it("the demo app's built assets carry no key, with the key in the build environment", () => {
    const demo = join(root, "apps/demo");
    const outDir = mkdtempSync(join(tmpdir(), "demo-scan-"));
    try {
      const result = spawnSync(
        join(demo, "node_modules/.bin/vite"),
        ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"],
        {
          cwd: demo,
          env: { ...process.env, ENGAGE_API_KEY: key, VITE_ENGAGE_API_KEY: key },
          encoding: "utf8",
        },
      );
      expect(result.status, result.stderr).toBe(0);
      const files = readTree(outDir);
      expect(files.some((file) => file.path.endsWith(".js"))).toBe(true);
      expect(files.filter((file) => file.text.includes(key)).map((file) => file.path)).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
