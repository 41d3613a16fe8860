// Property tests on hostile answers: whatever a server (or something pretending to be one)
// answers (malformed JSON, HTML, wrong types, no versionTag, absurd Retry-After values,
// redirects to another origin, endless 202s or endless Pending), the client ends in the right
// result or a typed error, within a bounded time on a fake clock, never sending the key to
// another origin and never re-sending an action whose outcome it could not know.
import {
  createOrderAndWait,
  createOrdersClient,
  EngageError,
  JobTimeoutError,
  OutcomeUnknownError,
  triggerAction,
} from "@engage-orders/core";
import { createVirtualTime } from "@engage-orders/emulator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnswerSpec,
  answerArb,
  createHostileServer,
  HOSTILE_BASE,
  type Tail,
} from "../src/hostileServer";

const apiKey = "test-key-CANARY-hostile";
const TIMEOUT_MS = 60_000;
// A wait may end at most one retry delay (5 s, Retry-After is clamped to it) after its deadline.
const VIRTUAL_LIMIT_MS = TIMEOUT_MS + 10_000;
const order = {
  orderId: "o-hostile",
  contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
  lineItems: { items: [{ quantity: 1, article: { sku: "A" }, totalPrice: 1 }], subTotal: 1 },
};

/** Runs `work` against a hostile server on a virtual clock; a hang fails the run. */
async function against(answers: AnswerSpec[], tail: Tail, work: "create" | "action") {
  const time = createVirtualTime();
  const server = createHostileServer(answers, tail, order.orderId);
  const client = createOrdersClient({
    baseUrl: HOSTILE_BASE,
    apiKey,
    fetch: server.fetch,
    now: time.now,
    sleep: time.sleep,
    random: () => 0.5,
  });
  const started = time.now();
  const task =
    work === "create"
      ? createOrderAndWait(client, order, { timeoutMs: TIMEOUT_MS })
      : triggerAction(client, order.orderId, { action: "ConfirmOrder", versionTag: "v1" });
  const hang = time.sleep(VIRTUAL_LIMIT_MS).then(() => "hung" as const);
  const outcome = await time.runUntil(
    Promise.race([
      task.then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
      hang,
    ]),
  );
  return { outcome, server, elapsed: time.now() - started };
}

const answersArb = fc.array(answerArb, { maxLength: 8 });
const tailArb = fc.constantFrom<Tail>("complete", "endless pending", "endless 202");

describe("hostile answers", () => {
  it("create → wait ends in the server's versionTag or a typed error, in bounded time", async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, tailArb, async (answers, tail) => {
        const { outcome, server, elapsed } = await against(answers, tail, "create");
        expect(outcome).not.toBe("hung");
        expect(elapsed).toBeLessThanOrEqual(VIRTUAL_LIMIT_MS);
        // The key only ever goes to the configured origin, redirects included.
        for (const url of server.urls) expect(url.startsWith(`${HOSTILE_BASE}/api/`)).toBe(true);
        if (outcome !== "hung" && "value" in outcome) {
          expect(server.versionTags).toContain(outcome.value.versionTag);
        } else if (outcome !== "hung") {
          expect(outcome.error).toBeInstanceOf(EngageError);
          const error = outcome.error as EngageError;
          expect(error.name).toMatch(/Error$/);
          expect(
            JSON.stringify({ ...error, message: error.message, stack: error.stack }),
          ).not.toContain(apiKey);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("endless Pending or endless 202 ends in a JobTimeoutError with a handle to resume", async () => {
    for (const tail of ["endless pending", "endless 202"] as const) {
      const { outcome, elapsed } = await against([], tail, "create");
      expect(outcome).not.toBe("hung");
      const error = (outcome as { error: unknown }).error;
      expect(error).toBeInstanceOf(JobTimeoutError);
      expect((error as JobTimeoutError).handle).toMatchObject({ jobId: "job-1" });
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 5_000);
    }
  });

  it("an action is re-sent only after answers that say it was not processed (429, 503)", async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const { outcome, server } = await against(answers, "complete", "action");
        expect(outcome).not.toBe("hung");
        const sent = server.urls.length;
        // Every answer before the last one must have said "not processed".
        for (const answer of answers.slice(0, sent - 1))
          expect([429, 503]).toContain(answer.status);
        if (outcome !== "hung" && "error" in outcome) {
          expect(outcome.error).toBeInstanceOf(EngageError);
          const last = answers[sent - 1];
          if (last && (last.status === 500 || last.status === 502 || last.status === 504)) {
            expect(outcome.error).toBeInstanceOf(OutcomeUnknownError);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
