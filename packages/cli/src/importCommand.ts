import { setMaxListeners } from "node:events";
import { resolve } from "node:path";
import { JobTimeoutError, type Order } from "@engage-orders/core";
import type { CommandContext } from "./context.ts";
import { failureDetails, isTransient, isUnauthorized } from "./failureDetails.ts";
import { InputError, openInput, readInputRecords } from "./inputRecords.ts";
import { ForeignJournalError, openJournal } from "./journal.ts";
import { startProgress } from "./progress.ts";
import type { ImportSummary } from "./reportImport.ts";
import { reportImport } from "./reportImport.ts";
import { reportInvalid } from "./reportInvalid.ts";
import { lazyLineFile } from "./runFiles.ts";
import { type OrderInFlight, sendOrderOnce } from "./sendOrder.ts";
import { createSlots, pause } from "./slots.ts";

/** The settings of `engage-orders import`. */
export interface ImportSettings {
  /** The input: a path, or `-` for stdin. */
  file: string;
  /** The journal. Defaults to `FILE.journal.ndjson` (a temporary file for the embedded emulator). */
  journal?: string | undefined;
  /** Where invalid orders go. Defaults to `FILE.rejects.ndjson`. */
  rejects?: string | undefined;
  /** Where failed orders go. Defaults to `FILE.failures.ndjson`. */
  failures?: string | undefined;
  /** Orders in flight at once. */
  concurrency: number;
  /** The action embedded in every create. */
  action?: string | undefined;
  /** The language of the embedded action. */
  language?: string | undefined;
  /** Wait for every job's `versionTag`. */
  wait: boolean;
  /** How long one job may be waited for, in ms. */
  waitTimeoutMs: number;
  /** The waits before each whole-order retry after a transient failure, in ms. */
  retryDelaysMs: number[];
  /** Send the valid orders when some are invalid. */
  skipInvalid: boolean;
  /** Send again the orders an earlier run recorded as failed. */
  retryFailed: boolean;
  /** Print a JSON summary on stdout at the end. */
  json: boolean;
  /** The interval of plain progress lines when stderr is not a terminal, in ms. */
  plainIntervalMs: number;
  /** How long jobs in flight may still finish after the first Ctrl-C, in ms. Defaults to `5000`. */
  drainMs?: number | undefined;
}

/** Runs `engage-orders import`; resolves with the exit code. */
export async function runImport(
  settings: ImportSettings,
  context: CommandContext,
): Promise<number> {
  const { io, target, stop } = context;
  // Every order in flight listens to both signals.
  setMaxListeners(0, stop.soft, stop.hard);
  const say = (text: string): void => {
    io.stderr.write(`${target.redact(text)}\n`);
  };
  let source: Awaited<ReturnType<typeof openInput>>;
  try {
    source = await openInput(
      settings.file === "-" ? "-" : resolve(io.cwd, settings.file),
      io.tmpdir,
      io.stdin,
    );
  } catch (error) {
    if (error instanceof InputError) {
      say(`engage-orders: ${error.message.replace(resolve(io.cwd, settings.file), settings.file)}`);
      return 2;
    }
    throw error;
  }
  source.label = settings.file === "-" ? "stdin" : settings.file;
  const base = settings.file === "-" ? resolve(io.cwd, "engage-orders-stdin") : source.path;
  const rejects = lazyLineFile(
    settings.rejects ? resolve(io.cwd, settings.rejects) : `${base}.rejects.ndjson`,
    target.redact,
  );
  let summary: Awaited<ReturnType<typeof reportInvalid>>;
  try {
    summary = await reportInvalid(source, rejects, say);
  } catch (error) {
    if (error instanceof InputError) {
      say(`engage-orders: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    rejects.close();
  }
  const invalid = summary.invalidOrdinals.size;
  if (invalid > 0 && !settings.skipInvalid) {
    say(
      `${invalid} of ${summary.total} orders are invalid, so nothing was sent. All of them are listed in ${rejects.path}. Fix them, or pass --skip-invalid to send the ${summary.total - invalid} valid ones.`,
    );
    return 2;
  }
  const journalPath = settings.journal
    ? resolve(io.cwd, settings.journal)
    : target.embedded
      ? resolve(io.tmpdir, `engage-orders-embedded-${process.pid}-${Date.now()}.journal.ndjson`)
      : `${base}.journal.ndjson`;
  let journal: Awaited<ReturnType<typeof openJournal>>;
  try {
    journal = await openJournal(
      journalPath,
      {
        type: "engage-orders-journal",
        version: 1,
        command: "import",
        input: source.label,
        inputSha256: summary.sha256,
        target: target.journalTarget,
      },
      target.redact,
    );
  } catch (error) {
    if (error instanceof ForeignJournalError) {
      say(`engage-orders: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const failures = lazyLineFile(
    settings.failures ? resolve(io.cwd, settings.failures) : `${base}.failures.ndjson`,
    target.redact,
  );
  const progress = startProgress(io.stderr, {
    verb: settings.wait ? "completed" : "sent",
    plainIntervalMs: settings.plainIntervalMs,
    counters: context.counters,
  });
  const counters = progress.counters;
  counters.total = summary.total - (settings.skipInvalid ? invalid : 0);
  const startedAt = Date.now();
  let completed = 0;
  let sent = 0;
  let pending = 0;
  let fatal: unknown;
  // Stops feeding on the first Ctrl-C, and on a refused key (every other order would fail too).
  const stopFeeding = new AbortController();
  stop.soft.addEventListener("abort", () => stopFeeding.abort(), { once: true });
  const slots = createSlots(settings.concurrency);
  const running = new Set<Promise<void>>();
  const orderAction = settings.action
    ? { action: settings.action, ...(settings.language ? { language: settings.language } : {}) }
    : undefined;
  // After the first Ctrl-C, jobs already accepted get a few seconds to finish; whatever is
  // still waiting then is recorded as pending (its handle is in the journal) and resumed later.
  const waits = new AbortController();
  const endWaits = (): void => waits.abort(stop.hard.reason);
  stop.soft.addEventListener(
    "abort",
    () => setTimeout(endWaits, settings.drainMs ?? 5000).unref(),
    {
      once: true,
    },
  );
  stop.hard.addEventListener("abort", endWaits, { once: true });
  setMaxListeners(0, waits.signal);
  const sendSettings = {
    client: target.client,
    journal,
    orderAction,
    wait: settings.wait,
    waitTimeoutMs: settings.waitTimeoutMs,
    soft: waits.signal,
    hard: stop.hard,
  };
  const recordFailure = (item: OrderInFlight, error: unknown): void => {
    const details = failureDetails(error, target.redact);
    journal.append({
      ordinal: item.ordinal,
      orderId: item.order.orderId,
      state: "failed",
      error: details,
    });
    failures.write({ orderId: item.order.orderId, where: item.where, ...details });
    counters.failed++;
  };
  /** Runs one order to its end, trying it again later after transient trouble; holds a slot. */
  const run = async (item: OrderInFlight): Promise<void> => {
    let retriesUsed = 0;
    for (;;) {
      try {
        const outcome = await sendOrderOnce(item, sendSettings);
        if (outcome.state === "completed") completed++;
        else sent++;
        counters.done++;
        return;
      } catch (error) {
        if (stop.hard.aborted || (stop.soft.aborted && isAbort(error))) {
          pending++;
          return;
        }
        if (isUnauthorized(error)) {
          fatal ??= error;
          stopFeeding.abort();
          pending++;
          return;
        }
        if (error instanceof JobTimeoutError) {
          item.handle = error.handle;
          pending++;
          return;
        }
        const delay = settings.retryDelaysMs[retriesUsed];
        if (!isTransient(error) || delay === undefined) {
          recordFailure(item, error);
          return;
        }
        retriesUsed++;
        counters.retries++;
        const withHandle = (error as { handle?: OrderInFlight["handle"] }).handle;
        if (withHandle && item.handle) item.handle = withHandle;
        // The slot is free while this order waits, so the others keep going.
        slots.release();
        const waited = await pause(delay, stop.soft);
        await slots.acquire();
        if (!waited) {
          pending++;
          return;
        }
      }
    }
  };
  try {
    for await (const record of readInputRecords(source)) {
      if (stopFeeding.signal.aborted) break;
      if (summary.invalidOrdinals.has(record.ordinal)) continue;
      const order = record.value as Order;
      const earlier = journal.previous.get(record.ordinal);
      if (earlier && earlier.orderId !== order.orderId) {
        throw new Error(
          `journal ${journal.path} does not match ${source.label} at ${record.where}`,
        );
      }
      if (earlier?.state === "completed" || (earlier?.state === "sent" && !settings.wait)) {
        counters.skipped++;
        continue;
      }
      if (earlier?.state === "failed" && !settings.retryFailed) {
        failures.write({ orderId: order.orderId, where: record.where, ...earlier.error });
        counters.failed++;
        continue;
      }
      const item: OrderInFlight = {
        ordinal: record.ordinal,
        where: record.where,
        order,
        mayExist: earlier !== undefined,
        handle: earlier?.state === "sent" ? earlier.handle : undefined,
        handleAfterEarlierAttempt:
          earlier?.state === "sent" ? earlier.afterEarlierAttempt === true : false,
      };
      await slots.acquire();
      if (stopFeeding.signal.aborted) {
        slots.release();
        break;
      }
      const task = run(item).finally(() => {
        slots.release();
        running.delete(task);
      });
      running.add(task);
    }
    await Promise.all(running);
  } finally {
    progress.stop();
    journal.close();
    failures.close();
  }
  const elapsedMs = Date.now() - startedAt;
  const finishedHere = completed + sent;
  const result: ImportSummary = {
    command: "import",
    input: source.label,
    target: target.journalTarget,
    total: summary.total,
    invalid,
    completed,
    sent,
    skipped: counters.skipped,
    failed: counters.failed,
    pending,
    retries: counters.retries,
    rateLimited: counters.rateLimited,
    elapsedMs,
    ordersPerSecond: elapsedMs > 0 ? Math.round((finishedHere / elapsedMs) * 100_000) / 100 : 0,
    interrupted: stop.soft.aborted,
    journal: target.embedded && !settings.journal ? null : journal.path,
    failuresFile: failures.count > 0 ? failures.path : null,
    rejectsFile: rejects.count > 0 ? rejects.path : null,
  };
  return reportImport(result, {
    wait: settings.wait,
    json: settings.json,
    keyRefused: fatal !== undefined,
    unfinished: counters.total - counters.skipped - finishedHere - counters.failed,
    failuresPath: failures.path,
    context,
  });
}

const isAbort = (error: unknown): boolean =>
  error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
