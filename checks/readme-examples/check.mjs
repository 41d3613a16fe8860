#!/usr/bin/env node
// Every TypeScript and JavaScript example of the root README, every packages/*/README.md and
// apps/demo/README.md is type-checked under `strict` against the BUILT packages (their
// `dist` types: no source condition here), and each whole program is run against the
// emulator. A fragment says what it assumes in its first line:
//   // Assumes: client, order.                      names imported from ./prelude.ts
//   // Assumes: client, orderId; inside a handler.  the same, wrapped in an async function
// A block without that line is a whole program: it must compile alone and exit 0 under Node.
// Each block is one test in a vitest-compatible JSON report.
//   node checks/readme-examples/check.mjs [--json reports/readme-examples.json]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import ts from "typescript";
import { parseFlags } from "../../scripts/parseFlags.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const { values } = parseFlags(
  { json: { type: "string" } },
  "usage: node checks/readme-examples/check.mjs [--json reports/readme-examples.json]",
);
const work = join(here, ".generated");
const languages = new Map([
  ["ts", "ts"],
  ["typescript", "ts"],
  ["tsx", "tsx"],
  ["js", "ts"],
  ["javascript", "ts"],
  ["mjs", "ts"],
  ["jsx", "tsx"],
]);

/** The READMEs a user reads: found afresh each run, so a new package's README is included. */
function readmes() {
  const packageReadmes = readdirSync(join(root, "packages"))
    .map((name) => join("packages", name, "README.md"))
    .filter((path) => existsSync(join(root, path)));
  return ["README.md", ...packageReadmes, "apps/demo/README.md"].filter((path) =>
    existsSync(join(root, path)),
  );
}

/** The fenced TypeScript/JavaScript blocks of one README, with the line each starts at. */
function blocksOf(readme) {
  const lines = readFileSync(join(root, readme), "utf8").split("\n");
  const blocks = [];
  let open;
  lines.forEach((line, index) => {
    const fence = /^```\s*([\w-]*)\s*$/.exec(line);
    if (!fence) {
      open?.code.push(line);
      return;
    }
    if (open) {
      if (open.language) blocks.push({ readme, line: open.line, ...open, code: open.code });
      open = undefined;
    } else {
      open = { line: index + 2, language: languages.get(fence[1].toLowerCase()), code: [] };
    }
  });
  return blocks;
}

/** Reads a fragment's first line: the names it assumes and whether it is a function body. */
function assumptionsOf(code) {
  const marker = /^\/\/ Assumes: (.*)$/.exec(code[0] ?? "");
  if (!marker) return undefined;
  const [list, where = ""] = marker[1].split(";");
  const names = list
    .replace(/\([^)]*\)/g, "")
    .replace(/\.\s*$/, "")
    .split(/,\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
  return { names, wrapped: where.trim().startsWith("inside") };
}

/** How many lines the `// Assumes:` line and the import statements after it take. */
function endOfLeadingImports(code) {
  let end = 0;
  let insideImport = false;
  for (let index = 1; index < code.length; index++) {
    const line = code[index].trim();
    if (insideImport) {
      if (/from\s+["'][^"']+["'];?$/.test(line)) {
        insideImport = false;
        end = index + 1;
      }
    } else if (line.startsWith("import ")) {
      if (/from\s+["'][^"']+["'];?$|^import\s+["'][^"']+["'];?$/.test(line)) end = index + 1;
      else insideImport = true;
    } else if (line !== "") break;
  }
  return end;
}

/** Writes a block as a module of its own; returns where, and how many lines precede its code. */
function writeBlock(block, index) {
  const assumed = assumptionsOf(block.code);
  const header = [];
  if (assumed) header.push(`import { ${assumed.names.join(", ")} } from "../prelude.ts";`);
  const code = [...block.code];
  if (assumed?.wrapped) {
    // A handler's body may start with its imports: they stay at the top level, and the
    // function opens on the last of their lines, so every line keeps its README line number.
    const importsEnd = endOfLeadingImports(code);
    if (importsEnd === 0) header.push("export async function example() {");
    else code[importsEnd - 1] += " export async function example() {";
  }
  const footer = assumed?.wrapped ? ["}"] : [];
  footer.push("export {};");
  const file = join(work, `${index}.${block.language}`);
  writeFileSync(file, [...header, ...code, ...footer].join("\n"));
  return { ...block, file, headerLines: header.length, whole: !assumed };
}

/** Type-checks every block in one program; returns the messages per file. */
function typeCheck(files) {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: ["node"],
    typeRoots: [join(here, "../node_modules/@types")],
    jsx: ts.JsxEmit.ReactJSX,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
  });
  const messages = new Map();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? "";
    const line = diagnostic.file
      ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line
      : 0;
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    messages.set(file, [...(messages.get(file) ?? []), { line, text }]);
  }
  return messages;
}

/** Runs a whole program under Node from the checks package, so it imports the built packages. */
function run(block) {
  const { code } = transformSync(readFileSync(block.file, "utf8"), {
    loader: block.language,
    format: "esm",
    jsx: "automatic",
  });
  const script = block.file.replace(/\.tsx?$/, ".mjs");
  writeFileSync(script, code);
  const result = spawnSync(process.execPath, [script], {
    cwd: work,
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, NODE_ENV: "test" },
  });
  return result.status === 0
    ? []
    : [`exited with ${result.status ?? result.signal}: ${result.stderr.trim().slice(-1500)}`];
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const blocks = readmes()
  .flatMap(blocksOf)
  .map((block, index) => writeBlock(block, index));
const messages = typeCheck(blocks.map((block) => block.file));
const results = blocks.map((block) => {
  const where = `${block.readme}:${block.line}`;
  const failures = (messages.get(block.file) ?? []).map(
    (message) =>
      `${block.readme}:${block.line + message.line - block.headerLines}: ${message.text}`,
  );
  if (failures.length === 0 && block.whole)
    failures.push(...run(block).map((text) => `${where}: ${text}`));
  const kind = block.whole ? "compiles and runs" : "compiles";
  console.log(`${failures.length ? "✗" : "✓"} ${where} ${kind}`);
  for (const failure of failures) console.log(`    ${failure}`);
  return { where, kind, failures };
});
const failed = results.filter((result) => result.failures.length > 0).length;
const stray = [...messages.keys()].filter((file) => !blocks.some((block) => block.file === file));
for (const file of stray) console.log(`✗ ${relative(root, file)}: ${messages.get(file)[0].text}`);
console.log(`${results.length - failed} of ${results.length} README examples pass.`);

if (values.json) {
  const report = {
    numTotalTests: results.length,
    numPassedTests: results.length - failed,
    numFailedTests: failed + stray.length,
    success: failed + stray.length === 0,
    testResults: [
      {
        name: "README examples",
        assertionResults: results.map((result) => ({
          title: `${result.where} ${result.kind}`,
          status: result.failures.length ? "failed" : "passed",
          failureMessages: result.failures,
        })),
      },
    ],
  };
  mkdirSync(dirname(join(root, values.json)), { recursive: true });
  writeFileSync(join(root, values.json), JSON.stringify(report, null, 2));
}
process.exit(failed + stray.length === 0 && results.length > 0 ? 0 : 1);
