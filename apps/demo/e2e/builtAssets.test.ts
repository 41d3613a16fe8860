import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { afterAll, expect, test } from "vitest";
import { canaryApiKey } from "./demoSession.ts";

const outDir = mkdtempSync(join(tmpdir(), "engage-demo-build-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

test("the built demo holds no API key, even with the key in the build's environment", async () => {
  const saved = process.env.ENGAGE_API_KEY;
  process.env.ENGAGE_API_KEY = canaryApiKey;
  try {
    await build({
      configFile: fileURLToPath(new URL("../vite.config.ts", import.meta.url)),
      build: { outDir, emptyOutDir: true },
      logLevel: "silent",
    });
  } finally {
    if (saved === undefined) delete process.env.ENGAGE_API_KEY;
    else process.env.ENGAGE_API_KEY = saved;
  }
  const files = filesUnder(outDir);
  expect(files.some((file) => file.endsWith("index.html"))).toBe(true);
  expect(files.filter((file) => file.endsWith(".js")).length).toBeGreaterThan(0);
  const holding = files.filter((file) => {
    const text = readFileSync(file, "utf8");
    return text.includes(canaryApiKey) || text.includes("test-key-");
  });
  expect(holding).toEqual([]);
}, 60_000);
