// Fault soak, embedded path: every order is created with its ConfirmOrder riding on the
// create (`confirmEmbedded`, the code we recommend), against the emulator with 10 % 5xx,
// 5 % 429, 2 % connections dropped after the work, 1 % stalled jobs released later, and every
// tenth order delivered twice by racing writers. Virtual time: minutes of traffic in seconds.
import { EngageError, JobTimeoutError } from "@engage-orders/core";
import { beforeAll, describe, expect, it } from "vitest";
import { runSoak, type SoakResult } from "../src/soak/runSoak";
import { type SoakFigures, soakFigures, soakTable, writeFigures } from "../src/soak/soakFigures";
import { SOAK_ORDERS, SOAK_SEED, SOAK_TIMEOUT_MS, soakReportPath } from "../src/soak/soakSettings";

describe(`fault soak: ${SOAK_ORDERS} orders, ConfirmOrder embedded in the create`, () => {
  let clean: SoakResult;
  let faulty: SoakResult;
  let figures: SoakFigures[];

  beforeAll(async () => {
    const options = { orders: SOAK_ORDERS, mode: "embedded", seed: SOAK_SEED } as const;
    clean = await runSoak({ ...options, faults: false });
    faulty = await runSoak({ ...options, faults: true });
    figures = [soakFigures(clean, clean.requests.total), soakFigures(faulty, clean.requests.total)];
    console.log(`\n${soakTable("embedded ConfirmOrder", figures)}\n`);
    writeFigures(soakReportPath("embedded"), { seed: SOAK_SEED, runs: figures });
  }, SOAK_TIMEOUT_MS);

  it("stores every order exactly once (one create job completed per order)", () => {
    for (const run of [clean, faulty]) {
      expect(run.storedBy.size).toBe(SOAK_ORDERS);
      expect([...run.storedBy.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    }
  });

  it("fires every confirmation exactly once (the emulator's automation log)", () => {
    for (const run of [clean, faulty]) {
      const orderIds = [...run.storedBy.keys()];
      const wrong = orderIds.filter((id) => run.confirmations.get(id) !== 1);
      expect(wrong).toEqual([]);
    }
  });

  it("ends every delivery registered: by this writer or, for a racing duplicate, by the other", () => {
    const outcomes = new Set(faulty.callers.map((caller) => caller.outcome));
    expect([...outcomes].sort()).toEqual(["registered", "registered by another writer"]);
    expect(faulty.callers).toHaveLength(SOAK_ORDERS + Math.ceil(SOAK_ORDERS / 10));
  });

  it("throws only typed errors; every wait that missed its deadline hands back a resumable handle", () => {
    expect(faulty.errors.length).toBeGreaterThan(0);
    for (const { error } of faulty.errors) {
      expect(error).toBeInstanceOf(EngageError);
      if (error instanceof JobTimeoutError) {
        expect(error.handle).toMatchObject({
          jobId: expect.any(String),
          pollUrl: expect.any(String),
        });
      }
    }
    const timeouts = faulty.errors.filter(({ error }) => error instanceof JobTimeoutError);
    expect(timeouts.length).toBeGreaterThan(0);
    expect(faulty.stalledReleased).toBeGreaterThan(0);
  });

  it("leaves no unhandled rejection", () => {
    expect(clean.unhandledRejections).toEqual([]);
    expect(faulty.unhandledRejections).toEqual([]);
  });

  it("sends at most 1.3× the requests of the fault-free run", () => {
    expect(faulty.requests.total).toBeLessThanOrEqual(1.3 * clean.requests.total);
  });
});
