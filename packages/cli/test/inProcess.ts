import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { type EmulatorServer, startEmulatorServer } from "@engage-orders/emulator/node";
import { runCli } from "../src/index.ts";

/** The key the in-process emulators accept. */
export const KEY = "test-key-in-process";

/** An emulator served on 127.0.0.1 from this process, and a scratch folder. */
export async function startServer(): Promise<{ server: EmulatorServer; dir: string }> {
  const server = await startEmulatorServer({
    port: 0,
    apiKeys: [KEY],
    latency: "instant",
    autoCreateContacts: true,
    rateLimit: false,
  });
  return { server, dir: mkdtempSync(join(tmpdir(), "engage-orders-cli-")) };
}

/** What one in-process run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command line in this process with captured output. */
export async function cli(
  argv: string[],
  options: {
    cwd: string;
    env?: Record<string, string | undefined>;
    stdin?: string;
    stop?: { soft: AbortSignal; hard: AbortSignal };
  },
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    argv,
    {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: options.stdin === undefined ? new PassThrough() : Readable.from([options.stdin]),
      env: { ENGAGE_API_KEY: KEY, ENGAGE_ORDERS_STATE_DIR: options.cwd, ...options.env },
      cwd: options.cwd,
      tmpdir: options.cwd,
    },
    options.stop,
  );
  return { code, stdout, stderr };
}

/** A valid order. */
export function order(
  index: number,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    orderId: `IP-${index}`,
    contact: { matchKey: `c${index}@example.com`, matchKeyType: "Email" },
    status: "Completed",
    currencyCode: "SEK",
    createdAt: "2025-11-03T10:00:00+01:00",
    lineItems: { items: [{ quantity: 1, article: { sku: "A" }, totalPrice: 10 }], subTotal: 10 },
    ...overrides,
  };
}

/** Orders as NDJSON text. */
export const ndjson = (orders: unknown[]): string =>
  `${orders.map((item) => JSON.stringify(item)).join("\n")}\n`;
