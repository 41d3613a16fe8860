import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import {
  ContactMissingError,
  EngageError,
  JobFailedError,
  OrderAlreadyExistsError,
} from "@engage-orders/core";
import type { SoakResult } from "./runSoak";

/** The printable figures of one soak run. */
export interface SoakFigures {
  mode: string;
  faults: boolean;
  orders: number;
  racedOrders: number;
  requests: number;
  requestsByKind: Record<string, number>;
  answersByStatus: Record<string, number>;
  /** Requests relative to the fault-free run of the same mode (1 for that run itself). */
  requestRatio: number;
  storedExactlyOnce: number;
  storedNever: number;
  storedMoreThanOnce: number;
  confirmedExactlyOnce: number;
  confirmedNever: number;
  confirmedMoreThanOnce: number;
  callerOutcomes: Record<string, number>;
  errorsSeen: Record<string, number>;
  untypedErrors: number;
  errorsWithResumableHandle: number;
  unknownOutcomesReported: number;
  stalledJobsReleased: number;
  unhandledRejections: number;
  virtualSeconds: number;
  realSeconds: number;
}

/** A failure whose job may still finish: it carries the handle to resume, and is no job outcome. */
export const isResumable = (error: unknown): boolean =>
  error instanceof EngageError &&
  !!error.handle &&
  !(
    error instanceof OrderAlreadyExistsError ||
    error instanceof ContactMissingError ||
    error instanceof JobFailedError
  );

const tally = (keys: string[]) =>
  keys.reduce<Record<string, number>>((table, key) => {
    table[key] = (table[key] ?? 0) + 1;
    return table;
  }, {});

/** Turns a soak result into figures; `baseline` is the fault-free run's request count. */
export function soakFigures(result: SoakResult, baseline: number): SoakFigures {
  const { options, storedBy, confirmations, callers, errors } = result;
  const stored = [...storedBy.values()];
  const orderIds = new Set(callers.map((caller) => caller.orderId));
  const confirmed = [...orderIds].map((id) => confirmations.get(id) ?? 0);
  return {
    mode: options.mode,
    faults: options.faults,
    orders: options.orders,
    racedOrders: Math.ceil(options.orders / options.raceEvery),
    requests: result.requests.total,
    requestsByKind: result.requests.byKind,
    answersByStatus: result.requests.byStatus,
    requestRatio: Math.round((result.requests.total / baseline) * 1000) / 1000,
    storedExactlyOnce: stored.filter((n) => n === 1).length,
    storedNever: options.orders - storedBy.size + stored.filter((n) => n === 0).length,
    storedMoreThanOnce: stored.filter((n) => n > 1).length,
    confirmedExactlyOnce: confirmed.filter((n) => n === 1).length,
    confirmedNever: confirmed.filter((n) => n === 0).length,
    confirmedMoreThanOnce: confirmed.filter((n) => n > 1).length,
    callerOutcomes: tally(callers.map((caller) => caller.outcome)),
    errorsSeen: tally(errors.map(({ error }) => (error as Error)?.name ?? String(error))),
    untypedErrors: errors.filter(({ error }) => !(error instanceof EngageError)).length,
    errorsWithResumableHandle: errors.filter(({ error }) => isResumable(error)).length,
    unknownOutcomesReported: callers.filter((c) => c.outcome === "confirmation outcome unknown")
      .length,
    stalledJobsReleased: result.stalledReleased,
    unhandledRejections: result.unhandledRejections.length,
    virtualSeconds: Math.round(result.virtualSeconds),
    realSeconds: Math.round(result.realSeconds * 10) / 10,
  };
}

const rows: [string, (f: SoakFigures) => unknown][] = [
  ["orders (raced by a duplicate writer)", (f) => `${f.orders} (${f.racedOrders})`],
  ["requests (× fault-free)", (f) => `${f.requests} (${f.requestRatio}×)`],
  ["requests by kind", (f) => JSON.stringify(f.requestsByKind)],
  ["answers by status", (f) => JSON.stringify(f.answersByStatus)],
  [
    "stored exactly once / never / twice+",
    (f) => `${f.storedExactlyOnce} / ${f.storedNever} / ${f.storedMoreThanOnce}`,
  ],
  [
    "confirmed exactly once / never / twice+",
    (f) => `${f.confirmedExactlyOnce} / ${f.confirmedNever} / ${f.confirmedMoreThanOnce}`,
  ],
  ["caller outcomes", (f) => JSON.stringify(f.callerOutcomes)],
  ["errors the callers saw", (f) => JSON.stringify(f.errorsSeen)],
  ["untyped errors / unhandled rejections", (f) => `${f.untypedErrors} / ${f.unhandledRejections}`],
  ["errors carrying a handle to resume the wait", (f) => f.errorsWithResumableHandle],
  ["unknown outcomes reported", (f) => f.unknownOutcomesReported],
  ["stalled jobs released later", (f) => f.stalledJobsReleased],
  ["virtual / real seconds", (f) => `${f.virtualSeconds} / ${f.realSeconds}`],
];

/** Renders runs side by side as a Markdown table. */
export function soakTable(title: string, runs: SoakFigures[]): string {
  const head = `| ${title} | ${runs.map((f) => (f.faults ? "with faults" : "fault-free")).join(" | ")} |`;
  const rule = `|---|${runs.map(() => "---").join("|")}|`;
  const body = rows.map(([name, cell]) => `| ${name} | ${runs.map((f) => cell(f)).join(" | ")} |`);
  return [head, rule, ...body].join("\n");
}

/** Writes figures as JSON (creating the folder). */
export function writeFigures(path: string, figures: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(figures, null, 2)}\n`);
}
