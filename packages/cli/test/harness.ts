import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's packages folder. */
export const packagesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The CLI's bin, as users run it. */
export const cliBin = join(packagesDir, "cli", "bin", "engage-orders.js");
/** The emulator's bin. */
export const emulatorBin = join(packagesDir, "emulator", "bin", "engage-emulator.js");
/** The key the test emulators accept. */
export const TEST_KEY = "test-key-cli-backfill";

/** Builds the packages the bins need when their dist is missing (the test command builds first). */
export function ensureBuilt(): void {
  for (const name of ["schemas", "core", "emulator", "cli"]) {
    const dir = join(packagesDir, name);
    if (existsSync(join(dir, "dist", "index.js"))) continue;
    execFileSync(process.execPath, [join(dir, "node_modules", ".bin", "tsup")], { cwd: dir });
  }
}

/** Builds a valid order; `index` makes its id and contents unique. */
export function makeOrder(index: number): Record<string, unknown> {
  const quantity = 1 + (index % 3);
  return {
    orderId: `BF-${String(index).padStart(6, "0")}`,
    contact: { matchKey: `c${index % 50}@example.com`, matchKeyType: "Email" },
    externalStoreId: "store-1",
    status: "Completed",
    currencyCode: "SEK",
    channel: "Ecom",
    createdAt: "2025-11-03T10:00:00+01:00",
    lineItems: {
      items: [
        {
          quantity,
          article: { sku: `SKU-${index % 97}`, name: "Mug" },
          totalPrice: quantity * 100,
        },
      ],
      subTotal: quantity * 100,
    },
  };
}

/** Writes `count` orders as NDJSON. */
export function writeOrders(path: string, count: number): void {
  const lines: string[] = [];
  for (let index = 1; index <= count; index++) lines.push(JSON.stringify(makeOrder(index)));
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** A running emulator command. */
export interface RunningEmulator {
  url: string;
  child: ChildProcess;
  /** Reads a control route (`orders`, `jobs`, `automation-log`). */
  control<T>(route: string, method?: string): Promise<T>;
  stop(): Promise<void>;
}

/** Starts `engage-emulator` on 127.0.0.1 with a free port. */
export function startEmulator(extraArgs: string[] = []): Promise<RunningEmulator> {
  const child = spawn(
    process.execPath,
    [
      emulatorBin,
      "--port",
      "0",
      "--api-key",
      TEST_KEY,
      "--latency",
      "fast",
      "--auto-create-contacts",
      "--rate-limit",
      "off",
      ...extraArgs,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      const url = match[1];
      resolve({
        url,
        child,
        control: async <T>(route: string, method = "GET") => {
          const response = await fetch(`${url}/_emulator/${route}`, {
            method,
            headers: {
              apikey: TEST_KEY,
              "user-agent": "CliTest/1.0",
              "content-type": "application/json",
            },
          });
          if (!response.ok)
            throw new Error(`${route}: ${response.status} ${await response.text()}`);
          return (await response.json()) as T;
        },
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`emulator exited with ${code}: ${output}`)));
  });
}

/** The outcome of one run of the CLI bin. */
export interface BinRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI bin with the test key in its environment; `interrupt` sends signals after the
 * given delays (ms from the first order being sent).
 */
export function runBin(
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    interrupt?: Array<{ afterMs: number; signal: NodeJS.Signals }>;
  } = {
    cwd: process.cwd(),
  },
): Promise<BinRun> {
  const child = spawn(process.execPath, [cliBin, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", ENGAGE_API_KEY: TEST_KEY, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  let armed = false;
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    // The banner comes first, then validation; signals are timed from there.
    if (!armed && stderr.includes("\n")) {
      armed = true;
      for (const { afterMs, signal } of options.interrupt ?? []) {
        setTimeout(() => child.kill(signal), afterMs);
      }
    }
  });
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
