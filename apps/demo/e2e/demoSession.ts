import { mkdirSync } from "node:fs";
import type { OrdersProxyEvent } from "@engage-orders/proxy";
import type { Browser, Page } from "playwright-core";
import { launchDemo } from "../scripts/launchDemo.mjs";
import type { RunningDemoServer } from "../server/startDemoServer.ts";
import { artifactsDir, launchChromium } from "./chromium.ts";

/** The canary key: it must never reach the browser, in any response or asset. */
export const canaryApiKey = `test-key-CANARY-${crypto.randomUUID()}`;

/** A started demo server and a Chromium page on it, with what the test needs to observe. */
export interface DemoSession {
  server: RunningDemoServer;
  browser: Browser;
  page: Page;
  /** Every browser request the proxy answered. */
  proxyEvents: OrdersProxyEvent[];
  /** The method of every request the proxy forwarded upstream, in order. */
  upstreamMethods: string[];
  /** Every response body and header text the browser received, for the canary check. */
  responseTexts: string[];
  /** Saves a full-page screenshot under `.artifacts/demo-e2e/`. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts the demo (emulator mode, canary key, fast jobs) and opens it in Chromium. */
export async function openDemo(chromiumPath: string): Promise<DemoSession> {
  const proxyEvents: OrdersProxyEvent[] = [];
  const upstreamMethods: string[] = [];
  const server = await launchDemo({
    quiet: true,
    emulatorApiKey: canaryApiKey,
    latency: "fast",
    onProxyRequest: (event) => proxyEvents.push(event),
    onUpstreamRequest: (request) => {
      upstreamMethods.push(request.method);
    },
  });
  const browser = await launchChromium(chromiumPath);
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const responseTexts: string[] = [];
  const reading: Promise<void>[] = [];
  page.on("response", (response) => {
    reading.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        const body = await response.text().catch(() => "");
        responseTexts.push(`${response.url()}\n${headers}\n${body}`);
      })(),
    );
  });
  mkdirSync(artifactsDir, { recursive: true });
  await page.goto(server.url);
  await page.getByRole("heading", { name: "Register an order" }).waitFor();
  return {
    server,
    browser,
    page,
    proxyEvents,
    upstreamMethods,
    responseTexts,
    screenshot: async (name) => {
      await page.screenshot({
        path: new URL(`${name}.png`, artifactsDir).pathname,
        fullPage: true,
      });
    },
    close: async () => {
      await Promise.allSettled(reading);
      await browser.close();
      await server.close();
    },
  };
}
