// Deno users get the emulator from JSR as TypeScript source (it has a Deno entry): jsr.json
// must name the same package, version and entry points as package.json, whose
// `@engage-orders/source` condition points at the same files, and map every dependency.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(packageDir, "..", "..");
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));

interface PackageJson {
  name: string;
  version: string;
  license: string;
  exports: Record<string, string | Record<string, unknown>>;
  dependencies: Record<string, string>;
}

const pkg = readJson(join(packageDir, "package.json")) as PackageJson;
const jsr = readJson(join(packageDir, "jsr.json")) as {
  name: string;
  version: string;
  license: string;
  exports: Record<string, string>;
  imports: Record<string, string>;
  publish: { include: string[]; exclude: string[] };
};

describe("packages/emulator/jsr.json", () => {
  it("names the same package, version and license as package.json", () => {
    expect(jsr.name).toBe(pkg.name);
    expect(jsr.version).toBe(pkg.version);
    expect(jsr.license).toBe(pkg.license);
  });

  it("exports exactly the package.json entry points, each at its source file", () => {
    const fromPackage = Object.fromEntries(
      Object.entries(pkg.exports)
        .filter(([subpath]) => subpath !== "./package.json")
        .map(([subpath, conditions]) => [
          subpath,
          typeof conditions === "string" ? conditions : conditions["@engage-orders/source"],
        ]),
    );
    expect(jsr.exports).toEqual(fromPackage);
    for (const file of Object.values(jsr.exports)) {
      expect(existsSync(join(packageDir, file)), file).toBe(true);
    }
  });

  it("maps every dependency: workspace packages to JSR at their version, the rest to npm at the same range", () => {
    const expected = Object.fromEntries(
      Object.entries(pkg.dependencies).map(([name, range]) => {
        if (!range.startsWith("workspace:")) return [name, `npm:${name}@${range}`];
        const workspacePackage = readJson(
          join(root, "packages", name.replace("@engage-orders/", ""), "package.json"),
        ) as PackageJson;
        return [name, `jsr:${name}@^${workspacePackage.version}`];
      }),
    );
    expect(jsr.imports).toEqual(expected);
  });

  it("publishes the source without tests", () => {
    expect(jsr.publish.include).toEqual(expect.arrayContaining(["src/**/*.ts", "README.md"]));
    expect(jsr.publish.exclude).toEqual(
      expect.arrayContaining(["src/**/*.test.ts", "src/**/*.test-d.ts"]),
    );
  });

  // Deno reads the source as JSR serves it; the workspace's Deno comes from the npm registry.
  const deno = join(root, "runtime-tests", "node_modules", ".bin", "deno");
  const denoMissing = !existsSync(deno);
  it.skipIf(denoMissing && process.env.CI !== "true")(
    "every entry point type-checks in Deno from source",
    () => {
      expect(denoMissing, `Deno is missing at ${deno}`).toBe(false);
      const entries = Object.values(jsr.exports).map((file) => join(packageDir, file));
      const output = execFileSync(
        deno,
        ["check", "--conditions=@engage-orders/source", "--quiet", ...entries],
        {
          cwd: root,
          encoding: "utf8",
          stdio: "pipe",
          env: { ...process.env, DENO_DIR: join(root, "runtime-tests", ".deno"), NO_COLOR: "1" },
        },
      );
      expect(output).toBe("");
    },
    180_000,
  );
});
