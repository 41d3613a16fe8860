#!/usr/bin/env node
// What a user installing from npm gets: every published package is packed with `pnpm pack`
// (so `workspace:` ranges become versions, and only `files` ship), installed from those
// tarballs into a fresh project outside the workspace (offline: third-party dependencies
// come from the local pnpm store), type-checked under `strict` with a tsconfig that sets
// `customConditions: ["source"]` (a common monorepo setting that must not reach our shipped
// sources), and run with `node --conditions=source`. Each stage is one test in a
// vitest-compatible JSON report. Needs built packages.
//   node checks/consumer/check.mjs [--json reports/consumer.json] [--keep]
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFlags } from "../../scripts/parseFlags.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const { values } = parseFlags(
  { json: { type: "string" }, keep: { type: "boolean" } },
  "usage: node checks/consumer/check.mjs [--json reports/consumer.json] [--keep]",
);
const pnpm = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager;
const project = mkdtempSync(join(tmpdir(), "engage-orders-consumer-"));
const tarballs = join(project, "tarballs");
const results = [];

/** Runs a command; returns its output, or throws with the output when it fails. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 300_000 });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}:\n${output}`);
  return output;
}

/** Records one stage as a test; a failed stage stops the stages that need it. */
function stage(title, body) {
  try {
    body();
    results.push({ title, failures: [] });
    console.log(`✓ ${title}`);
    return true;
  } catch (error) {
    results.push({ title, failures: [String(error.message ?? error)] });
    console.log(`✗ ${title}\n    ${String(error.message ?? error).replaceAll("\n", "\n    ")}`);
    return false;
  }
}

/** The version of a third-party package the workspace installed for these checks. */
function installedVersion(name) {
  return JSON.parse(readFileSync(join(here, "../node_modules", name, "package.json"), "utf8"))
    .version;
}

const published = readdirSync(join(root, "packages"))
  .map((name) => join(root, "packages", name))
  .filter((dir) => existsSync(join(dir, "package.json")))
  .map((dir) => ({ manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);

// One recursive `pnpm pack` (one pnpm start instead of one per package).
mkdirSync(tarballs, { recursive: true });
stage("pnpm pack packs every package under packages/", () => {
  run(
    "npx",
    ["-y", pnpm, "-r", "--filter", "./packages/*", "pack", "--pack-destination", tarballs],
    root,
  );
});

const packed = new Map();
for (const { manifest } of published) {
  stage(
    `${manifest.name} ships no workspace: range, no "source" condition, engines node >=20`,
    () => {
      const file = `${manifest.name.replace(/^@/, "").replace("/", "-")}-${manifest.version}.tgz`;
      if (!existsSync(join(tarballs, file))) throw new Error(`pnpm pack wrote no ${file}`);
      const shipped = run("tar", ["-xzOf", join(tarballs, file), "package/package.json"], project);
      if (shipped.includes("workspace:")) throw new Error(`a workspace: range ships:\n${shipped}`);
      if (/"source"\s*:/.test(shipped)) throw new Error(`a "source" condition ships:\n${shipped}`);
      // The oldest Node line the test run proves (20; 22 and 24 too): no more, no less.
      const engines = JSON.parse(shipped).engines?.node;
      if (engines !== ">=20") throw new Error(`engines.node is ${engines}, not the tested ">=20"`);
      packed.set(manifest.name, join(tarballs, file));
    },
  );
}

// Third-party packages a user adds themselves: the React hooks' peers and React's types.
// Node's types are the workspace's (see tsconfig's typeRoots below): the pnpm store holds
// @types/node but not the registry metadata of its own dependency, so an offline install of it
// fails, while the types themselves are the same files.
const consumerManifest = {
  name: "engage-orders-consumer",
  private: true,
  type: "module",
  dependencies: {
    ...Object.fromEntries([...packed].map(([name, file]) => [name, `file:${file}`])),
    react: "19.3.1",
    swr: "2.5.1",
  },
  // The exact version the workspace installed, so the store has it.
  devDependencies: { "@types/react": installedVersion("@types/react") },
  pnpm: {
    overrides: Object.fromEntries([...packed].map(([name, file]) => [name, `file:${file}`])),
  },
};
writeFileSync(join(project, "package.json"), JSON.stringify(consumerManifest, null, 2));
cpSync(join(here, "fixture"), project, { recursive: true });
// A Worker project gets `cloudflare:workers` from @cloudflare/workers-types (or `wrangler
// types`); this one program also holds the DOM for the React hooks, whose globals those types
// replace, so it declares the part of the module @engage-orders/cloudflare's types name.
cpSync(
  join(here, "../readme-examples/cloudflare-workers.d.ts"),
  join(project, "cloudflare-workers.d.ts"),
);
const tsconfig = JSON.parse(readFileSync(join(project, "tsconfig.json"), "utf8"));
tsconfig.compilerOptions.typeRoots = [join(here, "../node_modules/@types")];
writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
// Every entry point of every packed package, so a package added later is type-checked too.
const entries = published
  .filter(({ manifest }) => packed.has(manifest.name))
  .flatMap(({ manifest }) =>
    Object.keys(manifest.exports ?? { ".": null })
      .filter((subpath) => subpath !== "./package.json")
      .map((subpath) => manifest.name + subpath.slice(1)),
  );
writeFileSync(
  join(project, "entries.ts"),
  entries.map((entry, index) => `export * as entry${index} from "${entry}";`).join("\n"),
);

const installed = stage("the tarballs install offline into a fresh project", () => {
  run(
    "npx",
    ["-y", pnpm, "install", "--offline", "--ignore-workspace", "--reporter=append-only"],
    project,
  );
});

if (installed) {
  stage('the project type-checks under strict with customConditions: ["source"]', () => {
    const typescript = join(root, "node_modules/typescript/bin/tsc");
    run(process.execPath, [typescript, "-p", "tsconfig.json"], project);
  });
  stage("the project runs under node --conditions=source against the emulator", () => {
    const output = run(process.execPath, ["--conditions=source", "main.mjs"], project);
    console.log(`    ${output.replaceAll("\n", "\n    ")}`);
  });
}

const failed = results.filter((result) => result.failures.length > 0).length;
console.log(`${results.length - failed} of ${results.length} consumer checks pass (${project}).`);
if (values.json) {
  const report = {
    numTotalTests: results.length,
    numPassedTests: results.length - failed,
    numFailedTests: failed,
    success: failed === 0,
    testResults: [
      {
        name: "consumer project from the packed tarballs",
        assertionResults: results.map((result) => ({
          title: result.title,
          status: result.failures.length ? "failed" : "passed",
          failureMessages: result.failures,
        })),
      },
    ],
  };
  mkdirSync(dirname(join(root, values.json)), { recursive: true });
  writeFileSync(join(root, values.json), JSON.stringify(report, null, 2));
}
if (!values.keep) rmSync(project, { recursive: true, force: true });
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
