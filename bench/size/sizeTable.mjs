#!/usr/bin/env node
// Prints our published entries and the peers side by side, min+gz, with ratios to our whole
// core. Run after a build: `node bench/size/sizeTable.mjs` (or `pnpm --filter @engage-orders/bench bench`).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { measure } from "../../scripts/size.mjs";
import { sizeEntries } from "../../scripts/size-entries.mjs";
import { peerEntries } from "./peerEntries.mjs";

const benchDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Measures every entry and returns table rows. */
export async function sizeRows() {
  const rows = [];
  for (const [group, entries] of [
    ["ours", sizeEntries],
    ["peer", peerEntries],
  ]) {
    for (const entry of entries) {
      const { min, gzip } = await measure(entry.code, {
        external: entry.external ?? [],
        resolveDir: entry.resolveFrom ? join(benchDir, "..", entry.resolveFrom) : benchDir,
      });
      rows.push({
        group,
        name: entry.name,
        min,
        gzip,
        budget: entry.budget,
      });
    }
  }
  return rows;
}

/** Formats rows as a Markdown table. */
export function formatSizeTable(rows) {
  const reference = rows.find((row) =>
    row.name.startsWith("@engage-orders/core (everything"),
  )?.gzip;
  const lines = [
    "| | entry | min | min+gz | budget (growth guard) | vs our whole core |",
    "|---|---|---:|---:|---:|---:|",
  ];
  for (const row of rows) {
    const ratio = reference ? `${(row.gzip / reference).toFixed(2)}x` : "-";
    const budget = row.budget === undefined ? "-" : `${row.budget} B`;
    lines.push(
      `| ${row.group} | ${row.name} | ${row.min} B | ${row.gzip} B | ${budget} | ${ratio} |`,
    );
  }
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatSizeTable(await sizeRows()));
}
