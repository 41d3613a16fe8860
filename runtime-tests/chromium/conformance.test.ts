// The conformance suite in a real Chromium page (Debian's chromium driven by playwright-core).
// The page is served from the emulator's own origin, so the browser's fetch reaches it directly.
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, test } from "vitest";
import { conformanceCases } from "../conformance/suite.ts";
import { bundleForRuntime } from "../harness/bundle.ts";
import { chromiumArgs, findChromium, runtimeRequired } from "../harness/chromiumPath.ts";
import {
  type ConformanceEmulator,
  startConformanceEmulator,
} from "../harness/conformanceEmulator.ts";

const found = findChromium();
if ("missing" in found && runtimeRequired) throw new Error(found.missing);

let emulator: ConformanceEmulator;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  if ("missing" in found) return;
  const pageScript = await bundleForRuntime(fileURLToPath(new URL("./page.ts", import.meta.url)), [
    "browser",
  ]);
  emulator = await startConformanceEmulator({
    extraRoutes: {
      "/": () =>
        new Response(
          '<!doctype html><title>conformance</title><script type="module" src="/page.js"></script>',
          {
            headers: { "content-type": "text/html" },
          },
        ),
      "/page.js": () =>
        new Response(pageScript, { headers: { "content-type": "text/javascript" } }),
    },
  });
  browser = await chromium.launch({ executablePath: found.path, args: [...chromiumArgs] });
  page = await browser.newPage();
  await page.goto(emulator.context("chromium").baseUrl);
  await page.waitForFunction(() => typeof globalThis.runConformanceCase === "function");
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

for (const conformanceCase of conformanceCases) {
  test.skipIf("missing" in found)(conformanceCase.name, async () => {
    const context = emulator.context("chromium");
    await page.evaluate(([name, pageContext]) => globalThis.runConformanceCase(name, pageContext), [
      conformanceCase.name,
      context,
    ] as const);
  });
}
