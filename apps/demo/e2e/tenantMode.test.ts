import { startEmulatorServer } from "@engage-orders/emulator/node";
import { afterAll, beforeAll, expect, test } from "vitest";
import { launchDemo } from "../scripts/launchDemo.mjs";
import type { RunningDemoServer } from "../server/startDemoServer.ts";
import { seriousViolations } from "./axe.ts";
import { artifactsDir, chromiumRequired, findChromium, launchChromium } from "./chromium.ts";

const found = findChromium();
if ("missing" in found && chromiumRequired) throw new Error(found.missing);

const canary = `test-key-CANARY-${crypto.randomUUID()}`;
let tenant: Awaited<ReturnType<typeof startEmulatorServer>>;
let demo: RunningDemoServer;
beforeAll(async () => {
  if ("missing" in found) return;
  // A stand-in Engage tenant over real HTTP, holding the canary key.
  tenant = await startEmulatorServer({
    apiKeys: [canary],
    contacts: [{ contactId: "c-tenant", email: "tenant@example.com" }],
    latency: "instant",
  });
  demo = await launchDemo({
    quiet: true,
    env: { ENGAGE_BASE_URL: tenant.url, ENGAGE_API_KEY: canary },
  });
});
afterAll(async () => {
  await demo?.close();
  await tenant?.close();
});

test.skipIf("missing" in found)(
  "on a tenant, the emulator panel is hidden, contacts are typed in, and the key stays on the server",
  async () => {
    const browser = await launchChromium((found as { path: string }).path);
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const texts: Promise<string>[] = [];
      page.on("response", (response) => texts.push(response.text().catch(() => "")));
      await page.goto(demo.url);
      await page.getByText(`Tenant ${new URL(tenant.url).host}`).waitFor();
      expect(await page.getByRole("complementary", { name: "Emulator" }).count()).toBe(0);

      await page.getByLabel("Contact id").fill("c-tenant");
      await page.getByRole("button", { name: "Show orders" }).click();
      await page.getByText("No orders for this contact yet.").waitFor();

      const form = page.getByRole("form", { name: "Register an order" });
      await form.getByLabel("Order id", { exact: true }).fill("TENANT-1");
      await form.getByLabel("Match key", { exact: true }).fill("tenant@example.com");
      await form.getByRole("button", { name: "Register order" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: "Register order: Completed" })
        .waitFor({ timeout: 20_000 });
      expect(tenant.emulator.getOrder("TENANT-1")).toBeDefined();
      await page.getByRole("button", { name: /TENANT-1/ }).waitFor();
      await page.screenshot({
        path: new URL("07-tenant-mode.png", artifactsDir).pathname,
        fullPage: true,
      });
      expect(await seriousViolations(page)).toEqual([]);

      const bodies = await Promise.all(texts);
      expect(bodies.length).toBeGreaterThan(5);
      expect(bodies.filter((body) => body.includes(canary))).toEqual([]);
    } finally {
      await browser.close();
    }
  },
);
