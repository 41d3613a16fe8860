// Fault soak, separate path: create → wait → action (`confirmSeparate`, the code we recommend
// when the action cannot ride on the create), under the same faults and racing duplicates as
// the embedded soak. Exactly once is not reachable here, and this file says precisely why:
// after an action's answer is lost nobody can tell whether it fired. What holds instead is
// asserted: at most once per writer, every missing confirmation reported as an unknown
// outcome, and a double only where a racing writer adopted an identical order it could not
// tell from its own. The embedded soak shows the same faults with exactly once.
import { EngageError, OutcomeUnknownError } from "@engage-orders/core";
import { beforeAll, describe, expect, it } from "vitest";
import { runSoak, type SoakResult } from "../src/soak/runSoak";
import { soakFigures, soakTable, writeFigures } from "../src/soak/soakFigures";
import { SOAK_ORDERS, SOAK_SEED, SOAK_TIMEOUT_MS, soakReportPath } from "../src/soak/soakSettings";

describe(`fault soak: ${SOAK_ORDERS} orders, create → wait → ConfirmOrder action`, () => {
  let clean: SoakResult;
  let faulty: SoakResult;
  const outcomesOf = (run: SoakResult, orderId: string) =>
    run.callers.filter((caller) => caller.orderId === orderId);
  const raced = (orderId: string) => Number(orderId.split("-").at(-1)) % 10 === 0;

  beforeAll(async () => {
    const options = { orders: SOAK_ORDERS, mode: "separate", seed: SOAK_SEED } as const;
    clean = await runSoak({ ...options, faults: false });
    faulty = await runSoak({ ...options, faults: true });
    const figures = [clean, faulty].map((run) => soakFigures(run, clean.requests.total));
    // Of the unknown outcomes, how many had fired: the reason none may be re-sent.
    const unknown = faulty.callers.filter((c) => c.outcome === "confirmation outcome unknown");
    const unknownFired = unknown.filter((c) => faulty.confirmations.get(c.orderId)).length;
    const doubled = [...faulty.confirmations.entries()].filter(([, n]) => n > 1).map(([id]) => id);
    const detail = {
      unknownOutcomes: unknown.length,
      unknownButFired: unknownFired,
      unknownAndNotFired: unknown.length - unknownFired,
      doubledOrders: doubled.length,
      doubledOrdersThatWereRaced: doubled.filter(raced).length,
    };
    console.log(`\n${soakTable("create → wait → action", figures)}\n`);
    console.log(`unknown outcomes: ${JSON.stringify(detail)}\n`);
    writeFigures(soakReportPath("separate"), { seed: SOAK_SEED, runs: figures, faulty: detail });
  }, SOAK_TIMEOUT_MS);

  it("stores every order exactly once (one create job completed per order)", () => {
    for (const run of [clean, faulty]) {
      expect(run.storedBy.size).toBe(SOAK_ORDERS);
      expect([...run.storedBy.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    }
  });

  it("without faults, confirms every order exactly once, racing duplicates included", () => {
    const wrong = [...clean.storedBy.keys()].filter((id) => clean.confirmations.get(id) !== 1);
    expect(wrong).toEqual([]);
  });

  it("with faults, confirms an order with one writer at most once", () => {
    const single = [...faulty.storedBy.keys()].filter((id) => !raced(id));
    expect(single.filter((id) => (faulty.confirmations.get(id) ?? 0) > 1)).toEqual([]);
  });

  it("reports every confirmation that may be missing as an OutcomeUnknownError, never re-sent", () => {
    const never = [...faulty.storedBy.keys()].filter((id) => !faulty.confirmations.get(id));
    expect(never.length).toBeGreaterThan(0);
    for (const id of never) {
      expect(outcomesOf(faulty, id).map((c) => c.outcome)).toContain(
        "confirmation outcome unknown",
      );
    }
    for (const caller of faulty.callers) {
      if (caller.outcome !== "confirmation outcome unknown") continue;
      const errors = faulty.errors.filter(
        (e) => e.orderId === caller.orderId && e.writer === caller.writer,
      );
      expect(errors.at(-1)?.error).toBeInstanceOf(OutcomeUnknownError);
    }
    // Nothing else ends a delivery: every writer registered the order and confirmed it, or
    // left it to the other writer, or reported the unknown outcome.
    const outcomes = new Set(faulty.callers.map((caller) => caller.outcome));
    expect([...outcomes].sort()).toEqual([
      "confirmation outcome unknown",
      "confirmed",
      "registered by another writer",
    ]);
  });

  it("doubles a confirmation only for a racing duplicate that adopted an identical order", () => {
    const doubled = [...faulty.confirmations.entries()].filter(([, n]) => n > 1);
    for (const [orderId, count] of doubled) {
      expect(raced(orderId)).toBe(true);
      expect(count).toBe(2);
      expect(outcomesOf(faulty, orderId).some((caller) => caller.adopted)).toBe(true);
    }
  });

  it("throws only typed errors and leaves no unhandled rejection", () => {
    for (const { error } of faulty.errors) expect(error).toBeInstanceOf(EngageError);
    expect(clean.unhandledRejections).toEqual([]);
    expect(faulty.unhandledRejections).toEqual([]);
  });

  it("sends at most 1.3× the requests of the fault-free run", () => {
    expect(faulty.requests.total).toBeLessThanOrEqual(1.3 * clean.requests.total);
  });
});
