import { setMaxListeners } from "node:events";
import { parseArgs } from "node:util";
import type { CommandContext, CommandIo, StopSignals } from "./context.ts";
import { runImport } from "./importCommand.ts";
import { newCounters } from "./progress.ts";
import { runReconcile } from "./reconcileCommand.ts";
import { ConfigurationError, resolveTarget } from "./target.ts";
import { usage } from "./usage.ts";
import { runVerb } from "./verbs.ts";

const options = {
  journal: { type: "string" },
  rate: { type: "string" },
  concurrency: { type: "string" },
  action: { type: "string" },
  language: { type: "string" },
  wait: { type: "boolean" },
  "wait-timeout": { type: "string" },
  "skip-invalid": { type: "boolean" },
  rejects: { type: "string" },
  failures: { type: "string" },
  report: { type: "string" },
  "retry-delays": { type: "string" },
  "retry-failed": { type: "boolean" },
  "progress-interval": { type: "string" },
  json: { type: "boolean" },
  "api-key-file": { type: "string" },
  "user-agent": { type: "string" },
  "emulator-url": { type: "string" },
  "contact-id": { type: "string" },
  "version-tag": { type: "string" },
  data: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** A flag or argument is wrong; the message says which and why. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Reads a positive number flag. */
function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!(Number.isFinite(value) && value > 0)) {
    throw new UsageError(`--${name} must be a positive number, not "${text}"`);
  }
  return value;
}

/** Quotes an argument for a shell, so the printed resume command can be pasted. */
const shellQuote = (arg: string): string =>
  /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;

/**
 * Runs one `engage-orders` command line and resolves with its exit code. `stop` carries the
 * Ctrl-C stages; the bin wires them to SIGINT.
 */
export async function runCli(
  argv: string[],
  io: CommandIo,
  stop: StopSignals = { soft: new AbortController().signal, hard: new AbortController().signal },
): Promise<number> {
  // Every order in flight listens to both signals.
  setMaxListeners(0, stop.soft, stop.hard);
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    // A key on the command line would land in shell history: explain the safe ways instead.
    const hint = /api-key'/.test(message)
      ? " (the key is never a flag: set ENGAGE_API_KEY or use --api-key-file FILE)"
      : "";
    io.stderr.write(`engage-orders: ${message}${hint}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    io.stdout.write(usage);
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    const counters = newCounters();
    const rateText = values.rate;
    const rate = rateText === "off" ? false : positive("rate", rateText, 50);
    const target = await resolveTarget(
      {
        apiKeyFile: values["api-key-file"],
        userAgent: values["user-agent"],
        emulatorUrl: values["emulator-url"],
        rate,
        onEvent: (event) => {
          if (event.type === "retry") counters.retries++;
          if (event.type === "request" && event.status === 429) counters.rateLimited++;
        },
      },
      io,
    );
    // The first line says where the orders go, the embedded emulator above all.
    io.stderr.write(`${target.banner}\n`);
    const context: CommandContext = {
      io,
      target,
      stop,
      counters,
      commandLine: ["engage-orders", ...argv].map(shellQuote).join(" "),
    };
    const concurrency = Math.floor(positive("concurrency", values.concurrency, 16));
    const plainIntervalMs = positive("progress-interval", values["progress-interval"], 5) * 1000;
    const needFile = (): string => {
      if (rest.length !== 1 || rest[0] === undefined) {
        throw new UsageError(`${command} takes one FILE (or - for stdin)`);
      }
      return rest[0];
    };
    if (command === "import") {
      const retryDelaysMs = (values["retry-delays"] ?? "10,30,60,300")
        .split(",")
        .filter((part) => part.trim() !== "")
        .map((part) => positive("retry-delays", part.trim(), 1) * 1000);
      return await runImport(
        {
          file: needFile(),
          journal: values.journal,
          rejects: values.rejects,
          failures: values.failures,
          concurrency,
          action: values.action,
          language: values.language,
          wait: values.wait === true,
          waitTimeoutMs: positive("wait-timeout", values["wait-timeout"], 120) * 1000,
          retryDelaysMs,
          skipInvalid: values["skip-invalid"] === true,
          retryFailed: values["retry-failed"] === true,
          json: values.json === true,
          plainIntervalMs,
        },
        context,
      );
    }
    if (command === "reconcile") {
      return await runReconcile(
        {
          file: needFile(),
          journal: values.journal,
          report: values.report,
          concurrency,
          json: values.json === true,
          plainIntervalMs,
        },
        context,
      );
    }
    return await runVerb(command, rest, values, context);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigurationError) {
      io.stderr.write(`engage-orders: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
