import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_API_KEY } from "../src/index.ts";
import { makeOrder } from "./harness.ts";

// This smoke test runs the built command (dist), as users do; it builds first when dist is missing.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(packageDir, "bin", "engage-emulator.js");
const headers = {
  apikey: "test-key-cli",
  "user-agent": "CliTest/1.0",
  "content-type": "application/json",
};
const workDir = mkdtempSync(join(tmpdir(), "engage-emulator-"));
const dataFile = join(workDir, "state.json");
const running: ChildProcess[] = [];

/** The parent's environment without the emulator's own variables, so only a test sets them. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !name.startsWith("EMULATOR_") && name !== "ENGAGE_API_KEY",
  );
  return { ...Object.fromEntries(inherited), ...extra };
}

/**
 * Starts the command (on a free port unless the environment names one) and resolves with its
 * URL and everything it printed at start, once the start banner is complete.
 */
function start(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string; banner: string }> {
  const portArgs = env.EMULATOR_PORT === undefined ? ["--port", "0"] : [];
  const child = spawn(process.execPath, [bin, ...portArgs, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: cleanEnv(env),
  });
  running.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1] && /^Control routes: .*$/m.test(output)) {
        resolve({ child, url: match[1], banner: output });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

/** Sends a signal (SIGTERM unless told) and resolves with the exit code. */
function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill(signal);
  });
}

/** The newest change time of the command's sources, so a stale build is rebuilt. */
function newestSourceTime(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs;
    }),
  );
}

beforeAll(() => {
  const built = join(packageDir, "dist", "cli.js");
  const newestInput = Math.max(
    newestSourceTime(join(packageDir, "src")),
    statSync(join(packageDir, "tsup.config.ts")).mtimeMs,
  );
  if (!existsSync(built) || statSync(built).mtimeMs < newestInput) {
    // tsup's own JavaScript entry: node_modules/.bin holds shell shims under pnpm.
    const tsup = createRequire(import.meta.url).resolve("tsup/dist/cli-default.js");
    execFileSync(process.execPath, [tsup], { cwd: packageDir, stdio: "pipe" });
  }
}, 120_000);

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(workDir, { recursive: true, force: true });
});

describe("engage-emulator command", () => {
  it("is built once, as the ES module bin/engage-emulator.js imports (no CommonJS copy)", () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
      bin: Record<string, string>;
      files: string[];
    };
    expect(pkg.bin).toEqual({ "engage-emulator": "./bin/engage-emulator.js" });
    expect(pkg.files).toContain("bin");
    expect(readFileSync(bin, "utf8")).toContain('import "../dist/cli.js";');
    expect(existsSync(join(packageDir, "dist", "cli.js"))).toBe(true);
    expect(readdirSync(join(packageDir, "dist")).filter((file) => file.startsWith("cli."))).toEqual(
      ["cli.js"],
    );
  });

  it("serves the API on 127.0.0.1, stops cleanly on SIGTERM and keeps its state in --data", async () => {
    const args = [
      "--api-key",
      "test-key-cli",
      "--seed",
      "cli",
      "--latency",
      "instant",
      "--contact",
      "ada@example.com",
      "--data",
      dataFile,
    ];
    const first = await start(args);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const unauthorised = await fetch(`${first.url}/api/v3/orders/o-1`, {
      headers: { ...headers, apikey: DEFAULT_API_KEY },
    });
    expect(unauthorised.status).toBe(401);

    const created = await fetch(`${first.url}/api/v3/orders`, {
      method: "POST",
      headers,
      body: JSON.stringify(makeOrder("o-cli")),
    });
    expect(created.status).toBe(202);
    const { href } = (await created.json()) as { href: string };
    const job = (await (await fetch(href, { headers })).json()) as {
      status: string;
      versionTag: string;
    };
    expect(job.status).toBe("Completed");
    const action = await fetch(`${first.url}/api/v3/orders/o-cli/action`, {
      method: "POST",
      headers,
      body: JSON.stringify({ action: "ConfirmOrder", versionTag: job.versionTag }),
    });
    expect(action.status).toBe(202);

    expect(await stop(first.child)).toBe(0);
    const saved = readFileSync(dataFile, "utf8");
    expect(saved).not.toContain("test-key-cli");
    expect(JSON.parse(saved).automationLog).toHaveLength(1);

    const second = await start(args);
    const order = await fetch(`${second.url}/api/v3/orders/o-cli`, { headers });
    expect(order.status).toBe(200);
    expect(((await order.json()) as { versionTag: string }).versionTag).toBe(job.versionTag);
    expect(await stop(second.child)).toBe(0);
  }, 30_000);

  it("fault flags apply (--fault-server-error 1 answers 503); SIGINT stops it cleanly", async () => {
    const { child, url } = await start(["--api-key", "test-key-cli", "--fault-server-error", "1"]);
    const response = await fetch(`${url}/api/v3/orders/o-1`, { headers });
    expect(response.status).toBe(503);
    expect(await stop(child, "SIGINT")).toBe(0);
  }, 30_000);

  it("a bad flag exits with code 2 and names it", () => {
    let failure: { status?: number; stderr?: Buffer } = {};
    try {
      execFileSync(process.execPath, [bin, "--completion", "201"], { stdio: "pipe" });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(2);
    expect(String(failure.stderr)).toContain("--completion must be 200 or 302");
  });

  it("prints the key in use, the header for it, the seeded contacts with their ids and the control index", async () => {
    const { child, url, banner } = await start([
      "--api-key",
      "test-key-cli",
      "--contact",
      "ada@example.com",
      "--contact",
      "grace@example.com",
    ]);
    // The emulator's key is a local test key: printing it is what a curl user needs.
    expect(banner).toContain("API key (send in the apikey header): test-key-cli\n");
    const contacts = (await (await fetch(`${url}/_emulator/contacts`, { headers })).json()) as {
      contactId: string;
      email: string;
    }[];
    expect(contacts).toHaveLength(2);
    for (const contact of contacts) {
      expect(banner).toContain(`  ${contact.contactId}  email ${contact.email}\n`);
    }
    expect(banner).toContain(`Control routes: ${url}/_emulator (GET it for the index)`);
    const index = await fetch(`${url}/_emulator`, { headers });
    expect(index.status).toBe(200);
    const { routes } = (await index.json()) as { routes: { method: string; path: string }[] };
    expect(routes).toContainEqual(
      expect.objectContaining({ method: "GET", path: "/_emulator/state" }),
    );
    expect(await stop(child)).toBe(0);
  }, 30_000);

  it("prints the documented test key when none is given, and it is the one accepted", async () => {
    const { child, url, banner } = await start([]);
    expect(banner).toContain(`API key (send in the apikey header): ${DEFAULT_API_KEY}\n`);
    expect(banner).toContain("Contacts: none seeded");
    const response = await fetch(`${url}/api/v3/orders/o-1`, {
      headers: { ...headers, apikey: DEFAULT_API_KEY },
    });
    expect(response.status).toBe(404);
    expect(await stop(child)).toBe(0);
  }, 30_000);

  it("is configured from environment variables: port, keys, contacts, latency", async () => {
    const { child, url, banner } = await start([], {
      EMULATOR_PORT: "0",
      ENGAGE_API_KEY: "test-key-env-1,test-key-env-2",
      EMULATOR_CONTACTS: "ada@example.com",
      EMULATOR_LATENCY: "instant",
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(banner).toContain(
      "API keys (send in the apikey header): test-key-env-1, test-key-env-2",
    );
    expect(banner).toMatch(/^ {2}\S+ {2}email ada@example\.com$/m);
    const envHeaders = { ...headers, apikey: "test-key-env-2" };
    const created = await fetch(`${url}/api/v3/orders`, {
      method: "POST",
      headers: envHeaders,
      body: JSON.stringify(makeOrder("o-env")),
    });
    expect(created.status).toBe(202);
    const { href } = (await created.json()) as { href: string };
    // Instant latency from EMULATOR_LATENCY, and the contact from EMULATOR_CONTACTS matched.
    const job = (await (await fetch(href, { headers: envHeaders })).json()) as { status: string };
    expect(job.status).toBe("Completed");
    expect(await stop(child)).toBe(0);
  }, 30_000);

  it("names what Engage's opaque 500 leaves unsaid in a hint header, Engage's body unchanged", async () => {
    const { child, url } = await start(["--api-key", "test-key-cli"]);
    const { "content-type": _contentType, ...withoutContentType } = headers;
    const response = await fetch(`${url}/api/v3/orders/o-1`, { headers: withoutContentType });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: "An error has occurred." });
    expect(response.headers.get("x-engage-emulator-hint")).toContain(
      "Content-Type header is missing",
    );
    expect(await stop(child)).toBe(0);
  }, 30_000);

  it("--version prints the package's version", () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
      version: string;
    };
    const printed = execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(printed).toBe(`${version}\n`);
  });

  it("a bad environment variable exits with code 2 and names it", () => {
    let failure: { status?: number; stderr?: Buffer } = {};
    try {
      execFileSync(process.execPath, [bin], {
        stdio: "pipe",
        env: cleanEnv({ EMULATOR_LATENCY: "warp" }),
      });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(2);
    expect(String(failure.stderr)).toContain("EMULATOR_LATENCY must be one of");
  });
});
