#!/usr/bin/env node
// Rewrites extensionless relative imports in a package's src to explicit `.ts`, so the source
// loads as-is in Deno and from JSR, and every package follows one convention.
// Usage: node scripts/explicit-ts-imports.mjs packages/schemas [apps/demo/server …] (a folder with
// a `src` is read from its `src`; any other folder is read as it is)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

let changed = 0;
const folders = process.argv
  .slice(2)
  .map((folder) => (existsSync(join(folder, "src")) ? join(folder, "src") : folder));
for (const file of folders.flatMap(walk)) {
  const source = readFileSync(file, "utf8");
  const next = source.replace(
    /(from\s+|import\s*\(\s*|import\s+)(["'])(\.\.?\/[^"']+)\2/g,
    (match, lead, quote, specifier) => {
      if (/\.(ts|tsx|js|mjs|json|css)$/.test(specifier)) return match;
      const base = join(dirname(file), specifier);
      const target = existsSync(`${base}.ts`)
        ? `${specifier}.ts`
        : existsSync(`${base}.tsx`)
          ? `${specifier}.tsx`
          : existsSync(join(base, "index.ts"))
            ? `${specifier}/index.ts`
            : undefined;
      if (!target) throw new Error(`${file}: cannot resolve ${specifier}`);
      return `${lead}${quote}${target}${quote}`;
    },
  );
  if (next !== source) {
    writeFileSync(file, next);
    changed++;
  }
}
console.log(`${changed} files rewritten`);
