// @vitest-environment node
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the size scripts are plain JavaScript, shared with `node scripts/size.mjs`
import { measure } from "../../../scripts/size.mjs";
// @ts-expect-error: the size scripts are plain JavaScript, shared with `node scripts/size.mjs`
import { sizeEntries } from "../../../scripts/size-entries.mjs";

interface SizeEntry {
  name: string;
  code: string;
  external?: string[];
  budget: number;
}

const source = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const entries = (sizeEntries as SizeEntry[]).filter((entry) =>
  entry.name.startsWith("@engage-orders/react"),
);

// The same entries `node scripts/size.mjs` measures on `dist`, measured here on the source
// (which tsup bundles as is), so the budget is checked in every test run without a build.
describe("size budgets of the hooks' own code (react, swr and the core external)", () => {
  it("has the entries", () => expect(entries.length).toBeGreaterThan(0));
  for (const entry of entries) {
    it(`${entry.name} ≤ ${entry.budget} B min+gz`, async () => {
      const code = entry.code.replace('"@engage-orders/react"', JSON.stringify(source));
      const { gzip } = (await measure(code, { external: entry.external })) as { gzip: number };
      expect(gzip).toBeGreaterThan(300);
      expect(gzip).toBeLessThanOrEqual(entry.budget);
    });
  }
});
