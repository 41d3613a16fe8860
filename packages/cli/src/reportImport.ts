import type { CommandContext } from "./context.ts";
import { unauthorizedHelp } from "./failureDetails.ts";

/** The summary of an import, as `--json` prints it. */
export interface ImportSummary {
  command: "import";
  input: string;
  target: string;
  total: number;
  invalid: number;
  completed: number;
  sent: number;
  skipped: number;
  failed: number;
  pending: number;
  retries: number;
  rateLimited: number;
  elapsedMs: number;
  ordersPerSecond: number;
  interrupted: boolean;
  journal: string | null;
  failuresFile: string | null;
  rejectsFile: string | null;
}

/**
 * Prints the end of an import: the counts, where failures are, how to resume when anything is
 * unfinished, and the `--json` summary; resolves with the exit code (130 interrupted, 1 when
 * any order failed or is pending or the key was refused, else 0).
 */
export function reportImport(
  result: ImportSummary,
  details: {
    wait: boolean;
    json: boolean;
    keyRefused: boolean;
    unfinished: number;
    failuresPath: string;
    context: CommandContext;
  },
): number {
  const { io, target, commandLine } = details.context;
  const say = (text: string): void => {
    io.stderr.write(`${target.redact(text)}\n`);
  };
  const finishedHere = result.completed + result.sent;
  say(
    `${details.wait ? "Completed" : "Sent"} ${finishedHere} orders in ${(result.elapsedMs / 1000).toFixed(1)} s (${result.ordersPerSecond} orders/s): ${result.completed} completed, ${result.sent} sent without waiting, ${result.skipped} already done earlier, ${result.failed} failed, ${result.pending} pending${result.invalid > 0 ? `, ${result.invalid} invalid skipped` : ""}; retries ${result.retries}, 429s ${result.rateLimited}.`,
  );
  if (result.failed > 0) say(`Failed orders are listed in ${details.failuresPath}.`);
  if (details.keyRefused) say(`engage-orders: ${unauthorizedHelp}`);
  if (result.interrupted || details.keyRefused || result.pending > 0) {
    if (result.journal) {
      say(
        `Nothing is lost: ${result.journal} records every order (${Math.max(0, details.unfinished)} not finished). Resume with the same command:\n  ${commandLine}`,
      );
    } else {
      say("The embedded emulator's orders end with this process; there is nothing to resume.");
    }
  }
  if (details.json) io.stdout.write(`${JSON.stringify(result)}\n`);
  if (result.interrupted) return 130;
  return result.failed > 0 || result.pending > 0 || details.keyRefused ? 1 : 0;
}
