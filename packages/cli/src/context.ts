import type { Readable } from "node:stream";
import type { OrdersClient } from "@engage-orders/core";
import type { EngageEmulator } from "@engage-orders/emulator";
import type { ProgressCounters, ProgressSink } from "./progress.ts";

/** The streams and places a command uses; tests give their own. */
export interface CommandIo {
  /** Results (`--json` summaries, orders read). */
  stdout: ProgressSink;
  /** Progress, messages and errors. */
  stderr: ProgressSink;
  /** Read for the input `-`. */
  stdin: Readable;
  /** The environment (`ENGAGE_BASE_URL`, `ENGAGE_API_KEY` …). */
  env: Record<string, string | undefined>;
  /** Relative paths resolve against it. */
  cwd: string;
  /** Where stdin is spooled and the embedded emulator's journal goes. */
  tmpdir: string;
}

/** Where orders go, and the client that sends them. */
export interface Target {
  /** The client every operation uses. */
  client: OrdersClient;
  /** The destination as the journal records it; never contains the key. */
  journalTarget: string;
  /** The first line printed: where the orders go. */
  banner: string;
  /** The in-process emulator, when no Engage is configured. */
  embedded?: EngageEmulator;
  /** Replaces the key in any text with `[redacted]`. */
  redact: (text: string) => string;
}

/** The two stages of Ctrl-C: `soft` stops taking new work, `hard` stops at once. */
export interface StopSignals {
  /** Aborted by the first Ctrl-C. */
  soft: AbortSignal;
  /** Aborted by the second Ctrl-C. */
  hard: AbortSignal;
}

/** Everything a command runs with. */
export interface CommandContext {
  io: CommandIo;
  target: Target;
  stop: StopSignals;
  /** The run's counters; the client's events feed `retries` and `rateLimited`. */
  counters: ProgressCounters;
  /** The command line as typed, minus nothing secret (there is no key flag), for "resume with". */
  commandLine: string;
}
