import { setMaxListeners } from "node:events";
import { resolve } from "node:path";
import { getOrder, OrderNotFoundError } from "@engage-orders/core";
import type { CommandContext } from "./context.ts";
import { diffOrder, type FieldDifference } from "./diffOrder.ts";
import { failureDetails, isTransient, isUnauthorized, unauthorizedHelp } from "./failureDetails.ts";
import { createFingerprint, InputError, openInput, readInputRecords } from "./inputRecords.ts";
import { ForeignJournalError, openJournal } from "./journal.ts";
import { startProgress } from "./progress.ts";
import { lazyLineFile } from "./runFiles.ts";
import { createSlots } from "./slots.ts";
import { orderIdOf } from "./validateInput.ts";

/** The settings of `engage-orders reconcile`. */
export interface ReconcileSettings {
  /** The input: a path, or `-` for stdin. */
  file: string;
  /** The journal. Defaults to `FILE.reconcile-journal.ndjson`. */
  journal?: string | undefined;
  /** Where missing and differing orders are listed. Defaults to `FILE.reconcile.ndjson`. */
  report?: string | undefined;
  /** Orders read at once. */
  concurrency: number;
  /** Print a JSON summary on stdout at the end. */
  json: boolean;
  /** The interval of plain progress lines when stderr is not a terminal, in ms. */
  plainIntervalMs: number;
}

/** How many differing or missing orders are printed; the report file has all of them. */
const PRINTED_AT_MOST = 20;

/** Runs `engage-orders reconcile`; resolves with the exit code (1 when anything is missing or differs). */
export async function runReconcile(
  settings: ReconcileSettings,
  context: CommandContext,
): Promise<number> {
  const { io, target, stop } = context;
  // Every order in flight listens to both signals.
  setMaxListeners(0, stop.soft, stop.hard);
  const say = (text: string): void => {
    io.stderr.write(`${target.redact(text)}\n`);
  };
  let source: Awaited<ReturnType<typeof openInput>>;
  const fingerprint = createFingerprint();
  let total = 0;
  try {
    source = await openInput(
      settings.file === "-" ? "-" : resolve(io.cwd, settings.file),
      io.tmpdir,
      io.stdin,
    );
    source.label = settings.file === "-" ? "stdin" : settings.file;
    for await (const _record of readInputRecords(source, fingerprint.update)) total++;
  } catch (error) {
    if (error instanceof InputError) {
      say(`engage-orders: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const base = settings.file === "-" ? resolve(io.cwd, "engage-orders-stdin") : source.path;
  const journalPath = settings.journal
    ? resolve(io.cwd, settings.journal)
    : target.embedded
      ? resolve(io.tmpdir, `engage-orders-embedded-${process.pid}-${Date.now()}.reconcile.ndjson`)
      : `${base}.reconcile-journal.ndjson`;
  let journal: Awaited<ReturnType<typeof openJournal>>;
  try {
    journal = await openJournal(
      journalPath,
      {
        type: "engage-orders-journal",
        version: 1,
        command: "reconcile",
        input: source.label,
        inputSha256: fingerprint.digest(),
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
  const report = lazyLineFile(
    settings.report ? resolve(io.cwd, settings.report) : `${base}.reconcile.ndjson`,
    target.redact,
  );
  const counters = context.counters;
  counters.total = total;
  const progress = startProgress(io.stderr, {
    verb: "checked",
    counters,
    plainIntervalMs: settings.plainIntervalMs,
  });
  const tally = { match: 0, missing: 0, differ: 0, unreadable: 0, failed: 0 };
  let printed = 0;
  let fatal: unknown;
  const note = (
    orderId: string,
    where: string,
    status: "missing" | "differ",
    differences: FieldDifference[] = [],
  ): void => {
    tally[status]++;
    report.write({ orderId, where, status, ...(status === "differ" ? { differences } : {}) });
    if (printed++ >= PRINTED_AT_MOST) return;
    const fields = differences.map((difference) => `${difference.field} (${difference.kind})`);
    say(
      `${where} ${orderId}: ${status === "missing" ? "missing in Engage" : `differs: ${fields.join(", ")}`}`,
    );
  };
  const slots = createSlots(settings.concurrency);
  const running = new Set<Promise<void>>();
  const check = async (ordinal: number, where: string, orderId: string, expected: unknown) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const stored = await getOrder(target.client, orderId, { signal: stop.soft });
        const differences = diffOrder(expected, stored);
        if (differences.length === 0) {
          tally.match++;
          journal.append({ ordinal: ordinal, orderId: orderId, state: "match" });
        } else {
          journal.append({ ordinal: ordinal, orderId: orderId, state: "differ", differences });
          note(orderId, where, "differ", differences);
        }
      } catch (error) {
        if (stop.soft.aborted) return;
        if (error instanceof OrderNotFoundError) {
          journal.append({ ordinal: ordinal, orderId: orderId, state: "missing" });
          note(orderId, where, "missing");
        } else if (isUnauthorized(error)) {
          fatal ??= error;
          return;
        } else if (isTransient(error) && attempt < 3) {
          counters.retries++;
          continue;
        } else {
          tally.failed++;
          counters.failed++;
          say(
            `${where} ${orderId}: could not be read: ${failureDetails(error, target.redact).message}`,
          );
          return;
        }
      }
      counters.done++;
      return;
    }
  };
  try {
    for await (const record of readInputRecords(source)) {
      if (stop.soft.aborted || fatal !== undefined) break;
      const orderId = orderIdOf(record.value);
      if (orderId === undefined) {
        tally.unreadable++;
        counters.failed++;
        say(
          `${source.label} ${record.where}: no orderId to look up${record.parseError ? ` (not JSON: ${record.parseError})` : ""}`,
        );
        continue;
      }
      const earlier = journal.previous.get(record.ordinal);
      if (earlier?.state === "match") {
        tally.match++;
        counters.skipped++;
        continue;
      }
      if (earlier?.state === "missing" || earlier?.state === "differ") {
        counters.skipped++;
        note(
          orderId,
          record.where,
          earlier.state,
          earlier.state === "differ" ? earlier.differences : [],
        );
        continue;
      }
      await slots.acquire();
      const task = check(record.ordinal, record.where, orderId, record.value).finally(() => {
        slots.release();
        running.delete(task);
      });
      running.add(task);
    }
    await Promise.all(running);
  } finally {
    progress.stop();
    journal.close();
    report.close();
  }
  if (printed > PRINTED_AT_MOST) say(`… ${printed - PRINTED_AT_MOST} more in ${report.path}.`);
  say(
    `Reconciled ${tally.match + tally.missing + tally.differ} of ${total} orders: ${tally.match} match, ${tally.missing} missing, ${tally.differ} differ, ${tally.failed + tally.unreadable} could not be checked.${report.count > 0 ? ` Details: ${report.path}.` : ""}`,
  );
  if (fatal !== undefined) say(`engage-orders: ${unauthorizedHelp}`);
  if (stop.soft.aborted) {
    say(
      `Interrupted; ${journal.path} records what was checked. Resume with:\n  ${context.commandLine}`,
    );
  }
  if (settings.json) {
    io.stdout.write(
      `${JSON.stringify({ command: "reconcile", input: source.label, total, ...tally, journal: journal.path, reportFile: report.count > 0 ? report.path : null })}\n`,
    );
  }
  if (stop.soft.aborted) return 130;
  return tally.missing + tally.differ + tally.failed + tally.unreadable > 0 || fatal !== undefined
    ? 1
    : 0;
}
