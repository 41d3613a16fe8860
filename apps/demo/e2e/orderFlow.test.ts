import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./axe.ts";
import { chromiumRequired, findChromium } from "./chromium.ts";
import { canaryApiKey, type DemoSession, openDemo } from "./demoSession.ts";

const found = findChromium();
if ("missing" in found && chromiumRequired) throw new Error(found.missing);

let demo: DemoSession;
beforeAll(async () => {
  if ("path" in found) demo = await openDemo(found.path);
});
afterEach(async (context) => {
  if (context.task.result?.state === "fail" && demo) {
    await demo.screenshot(`failed-${context.task.name.replace(/\W+/g, "-").slice(0, 60)}`);
  }
});
afterAll(async () => {
  await demo?.close();
});

async function registerOrder(page: Page, orderId: string): Promise<void> {
  await page.getByRole("button", { name: "New order" }).click();
  const form = page.getByRole("form", { name: "Register an order" });
  await form.getByLabel("Order id", { exact: true }).fill(orderId);
  await form.getByRole("button", { name: "Register order" }).click();
  await page.getByRole("heading", { name: `Order ${orderId}` }).waitFor();
  await page
    .getByRole("status")
    .filter({ hasText: "Register order: Completed" })
    .waitFor({ timeout: 20_000 });
}

async function confirmOrder(page: Page, orderId: string): Promise<void> {
  const actions = page.getByRole("form", { name: "Send an action" });
  const send = actions.getByRole("button", { name: "Send ConfirmOrder" });
  await expect.poll(() => send.isEnabled(), { timeout: 10_000 }).toBe(true);
  await send.click();
  await actions
    .getByText(`ConfirmOrder accepted for order ${orderId}.`)
    .waitFor({ timeout: 20_000 });
}

/** The automation log rows the emulator panel shows for one order. */
function logRows(page: Page, orderId: string) {
  return page
    .getByRole("complementary", { name: "Emulator" })
    .getByRole("row")
    .filter({ has: page.getByText(orderId, { exact: true }) });
}

describe.skipIf("missing" in found)("the demo in Chromium", () => {
  test("the first screen has no serious accessibility problems", async () => {
    await demo.screenshot("01-start");
    expect(await seriousViolations(demo.page)).toEqual([]);
  });

  test("create an order, watch its job complete, confirm it: the customer gets exactly one confirmation", async () => {
    const { page } = demo;
    const orderId = "E2E-1001";
    await registerOrder(page, orderId);
    // The new view's heading has the focus, not a button that went away.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Order ${orderId}`);
    const job = page.getByRole("article", { name: "Register order job" });
    // The timeline shows the versionTag Engage gave the processed order.
    const versionTag = demo.server.emulator?.getOrder(orderId)?.order.versionTag ?? "(none)";
    await job.getByText(versionTag).waitFor();
    await demo.screenshot("02-order-processed");

    await confirmOrder(page, orderId);
    await expect.poll(() => logRows(page, orderId).count(), { timeout: 10_000 }).toBe(1);
    await expect(logRows(page, orderId).first().textContent()).resolves.toContain("ConfirmOrder");
    await demo.screenshot("03-confirmed");

    // A second click on the same action for the same version sends nothing.
    const posts = demo.upstreamMethods.filter((method) => method === "POST").length;
    await page
      .getByRole("form", { name: "Send an action" })
      .getByRole("button", { name: "Send ConfirmOrder" })
      .click();
    await page.waitForTimeout(300);
    expect(demo.upstreamMethods.filter((method) => method === "POST").length).toBe(posts);
    const log = demo.server.emulator?.automationLog(orderId) ?? [];
    expect(log.map((entry) => [entry.action, entry.source])).toEqual([["ConfirmOrder", "action"]]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("an invalid order shows errors at its fields and sends nothing", async () => {
    const { page } = demo;
    await page.getByRole("button", { name: "New order" }).click();
    const form = page.getByRole("form", { name: "Register an order" });
    await form.getByLabel("Order id", { exact: true }).fill("");
    await form.getByLabel("Currency", { exact: true }).fill("sek");
    await form.getByLabel("Line 1 Quantity", { exact: true }).fill("");
    const proxied = demo.proxyEvents.filter((event) => event.method === "POST").length;
    const forwarded = demo.upstreamMethods.filter((method) => method === "POST").length;

    await form.getByRole("button", { name: "Register order" }).click();
    const summary = form.getByRole("alert").filter({ hasText: "nothing was sent" });
    await summary.waitFor();
    await expect
      .poll(() => summary.evaluate((element) => element === document.activeElement))
      .toBe(true);
    for (const [label, path] of [
      ["Order id", "orderId"],
      ["Currency", "currencyCode"],
      ["Line 1 Quantity", "lineItems.items.0.quantity"],
    ] as const) {
      const input = form.getByLabel(label, { exact: true });
      expect(await input.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
      const message = await page.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent();
      expect(message?.length ?? 0).toBeGreaterThan(3);
      await expect(summary.textContent()).resolves.toContain(path);
    }
    await demo.screenshot("04-invalid-order");
    expect(await seriousViolations(page)).toEqual([]);

    // Choosing an entry of the summary puts the keyboard on that field.
    await summary.getByRole("button", { name: "orderId" }).click();
    expect(
      await form
        .getByLabel("Order id", { exact: true })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);

    await page.waitForTimeout(300);
    expect(demo.proxyEvents.filter((event) => event.method === "POST").length).toBe(proxied);
    expect(demo.upstreamMethods.filter((method) => method === "POST").length).toBe(forwarded);
  });

  test("with 20 % server errors and 10 % rate limits switched on, the flow still completes", async () => {
    const { page } = demo;
    const panel = page.getByRole("complementary", { name: "Emulator" });
    await panel.getByRole("switch", { name: /Server errors/ }).check();
    await panel.getByLabel("Server errors (503) rate in percent").fill("20");
    await panel.getByRole("switch", { name: /Rate limited/ }).check();
    await panel.getByLabel("Rate limited (429) rate in percent").fill("10");
    await panel.getByRole("button", { name: "Apply faults" }).click();
    await panel.getByText("2 fault(s) on.").waitFor();
    expect(demo.server.emulator?.getFaults()).toMatchObject({ serverError: 0.2, rateLimit: 0.1 });

    // Faults are drawn at random, so orders are registered and confirmed until the client has
    // met some (a handful of requests usually suffices); every one must still end in exactly
    // one confirmation.
    const before = demo.proxyEvents.length;
    const faulted = () =>
      demo.proxyEvents
        .slice(before)
        .filter((event) => event.upstreamStatus === 503 || event.upstreamStatus === 429).length;
    for (let round = 1; round <= 4 && (round === 1 || faulted() === 0); round++) {
      const orderId = `E2E-FAULTS-${round}`;
      await registerOrder(page, orderId);
      await confirmOrder(page, orderId);
      await expect.poll(() => logRows(page, orderId).count(), { timeout: 10_000 }).toBe(1);
      expect(demo.server.emulator?.automationLog(orderId)).toHaveLength(1);
    }
    await demo.screenshot("05-recovered-from-faults");
    expect(faulted()).toBeGreaterThan(0);
    // Switched off again through the panel, as a person would.
    await panel.getByRole("switch", { name: /Server errors/ }).uncheck();
    await panel.getByRole("switch", { name: /Rate limited/ }).uncheck();
    await panel.getByRole("button", { name: "Apply faults" }).click();
    await panel.getByText("Faults off.").waitFor();
    expect(demo.server.emulator?.getFaults()).toEqual({});
  });

  test("an embedded confirmation fires once; a status change gets a new versionTag; a delete removes the order", async () => {
    const { page } = demo;
    const orderId = "E2E-LIFECYCLE-1";
    await page.getByRole("button", { name: "New order" }).click();
    const form = page.getByRole("form", { name: "Register an order" });
    await form.getByLabel("Order id", { exact: true }).fill(orderId);
    await form.getByLabel("Fire when processed").selectOption("ConfirmOrder");
    await form.getByRole("button", { name: "Register order" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Register order: Completed" })
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => logRows(page, orderId).count(), { timeout: 10_000 }).toBe(1);
    expect(demo.server.emulator?.automationLog(orderId).map((entry) => entry.source)).toEqual([
      "embedded",
    ]);

    const versionTag = demo.server.emulator?.getOrder(orderId)?.order.versionTag;
    const status = page.getByRole("form", { name: "Change status" });
    await status.getByLabel("Status", { exact: true }).selectOption("Completed");
    await status.getByLabel("External status").fill("Delivered");
    await status.getByRole("button", { name: "Change status" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Change status: Completed" })
      .waitFor({ timeout: 20_000 });
    const changed = demo.server.emulator?.getOrder(orderId)?.order;
    expect(changed).toMatchObject({ status: "Completed", externalStatus: "Delivered" });
    expect(changed?.versionTag).not.toBe(versionTag);
    const actions = page.getByRole("form", { name: "Send an action" });
    await expect
      .poll(() => actions.getByLabel("versionTag").inputValue())
      .toBe(changed?.versionTag);
    await demo.screenshot("06-status-changed");

    await page.getByText("Edit the whole order (replace)").click();
    const replace = page.getByRole("form", { name: "Replace the whole order" });
    await replace.getByLabel("Line 1 Quantity").fill("4");
    await replace.getByRole("button", { name: "Replace order" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Replace order: Completed" })
      .waitFor({ timeout: 20_000 });
    const replaced = demo.server.emulator?.getOrder(orderId)?.order as
      | { lineItems: { subTotal: number } }
      | undefined;
    expect(replaced?.lineItems.subTotal).toBe(4 * 499 + 99);

    await page.getByRole("button", { name: "Delete order…" }).click();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByText(`Order ${orderId} was deleted.`).waitFor({ timeout: 20_000 });
    expect(demo.server.emulator?.getOrder(orderId)).toBeUndefined();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("every control can be reached with Tab, and the order form submits from the keyboard", async () => {
    const { page } = demo;
    await page.getByRole("button", { name: "New order" }).click();
    await page.getByRole("heading", { name: "Register an order" }).waitFor();
    const controls = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          "a[href], button, input, select, textarea, summary",
        ),
      ]
        .filter(
          (element) =>
            // Shown controls only: checkVisibility also hides the inside of a closed <details>.
            !(element as HTMLButtonElement).disabled && element.checkVisibility(),
        )
        .map((element, index) => {
          element.dataset.tabProbe = String(index);
          return index;
        }),
    );
    // Start from the top of the page, as a fresh keyboard user would, and note in the page
    // every control that takes the focus.
    await page.evaluate(() => {
      const reached = new Set<string>();
      (globalThis as unknown as { tabReached: Set<string> }).tabReached = reached;
      document.addEventListener("focusin", (event) => {
        const probe = (event.target as HTMLElement).dataset?.tabProbe;
        if (probe !== undefined) reached.add(probe);
      });
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute("tabindex");
    });
    // Text fields and the page itself take a Tab of their own now and then: allow for them.
    for (let press = 0; press < controls.length + 10; press++) await page.keyboard.press("Tab");
    const missed = await page.evaluate(() => {
      const { tabReached } = globalThis as unknown as { tabReached: Set<string> };
      return [...document.querySelectorAll<HTMLElement>("[data-tab-probe]")]
        .filter((element) => !tabReached.has(element.dataset.tabProbe ?? ""))
        .map((element) => element.outerHTML.slice(0, 160));
    });
    expect(missed).toEqual([]);

    const orderId = "E2E-KEYBOARD-1";
    const form = page.getByRole("form", { name: "Register an order" });
    await form.getByLabel("Order id", { exact: true }).focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(orderId);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: `Order ${orderId}` }).waitFor();
  });

  test("the API key never reaches the browser", async () => {
    await demo.page.waitForTimeout(200);
    expect(demo.responseTexts.length).toBeGreaterThan(20);
    const leaks = demo.responseTexts.filter((text) => text.includes(canaryApiKey));
    expect(leaks).toEqual([]);
    // The browser's own client only ever sent the placeholder.
    expect(demo.responseTexts.some((text) => text.includes("test-key-"))).toBe(false);
  });
});
