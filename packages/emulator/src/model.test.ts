import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHarness, makeOrder } from "../test/harness.ts";
import { latencyProfiles } from "./index.ts";

const orderIds = ["o-1", "o-2", "o-3"];
const stranger = { matchKey: "stranger@example.com", matchKeyType: "Email" };
const changedAt = "2025-12-04T10:00:00+01:00";

type Command =
  | { kind: "create" | "replace"; orderId: string; known: boolean; embedded: boolean }
  | { kind: "delete"; orderId: string }
  | { kind: "changeStatus"; orderId: string; embedded: boolean }
  | { kind: "action"; orderId: string; stale: boolean }
  | { kind: "advance"; ms: number };

const orderIdArb = fc.constantFrom(...orderIds);
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constantFrom("create" as const, "replace" as const),
    orderId: orderIdArb,
    known: fc.boolean(),
    embedded: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("delete" as const), orderId: orderIdArb }),
  fc.record({
    kind: fc.constant("changeStatus" as const),
    orderId: orderIdArb,
    embedded: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("action" as const), orderId: orderIdArb, stale: fc.boolean() }),
  fc.record({ kind: fc.constant("advance" as const), ms: fc.integer({ min: 0, max: 5000 }) }),
);

describe("model: random sequences of operations keep the contract's invariants", () => {
  it("versionTags, actions and embedded actions stay consistent", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(commandArb, { minLength: 1, maxLength: 40 }),
        fc.integer(),
        async (commands, seed) => {
          const { call, emulator } = createHarness({
            latency: latencyProfiles.realistic,
            rateLimit: false,
            seed,
          });
          const staleTags = new Map<string, string>();
          for (const command of commands) {
            const before =
              command.kind === "advance" ? undefined : emulator.getOrder(command.orderId);
            let response: Response | undefined;
            if (command.kind === "advance") {
              emulator.advance(command.ms);
            } else if (command.kind === "create" || command.kind === "replace") {
              const body = makeOrder(command.orderId, {
                ...(command.known ? {} : { contact: stranger }),
                ...(command.embedded ? { orderAction: { action: "ConfirmOrder" } } : {}),
              });
              const path =
                command.kind === "create" ? "/api/v3/orders" : `/api/v3/orders/${command.orderId}`;
              response = await call(command.kind === "create" ? "POST" : "PUT", path, { body });
              if (command.kind === "replace" && !before) expect(response.status).toBe(404);
              if (command.kind === "create" && before) expect(response.status).toBe(409);
            } else if (command.kind === "delete") {
              response = await call("DELETE", `/api/v3/orders/${command.orderId}`);
              expect(response.status).toBe(before ? 202 : 404);
            } else if (command.kind === "changeStatus") {
              response = await call("POST", `/api/v3/orders/${command.orderId}/change-status`, {
                body: {
                  externalStatus: "Shipped",
                  lastChangedAt: changedAt,
                  ...(command.embedded ? { orderAction: { action: "ConfirmShipment" } } : {}),
                },
              });
              expect(response.status).toBe(before ? 202 : 404);
            } else if (command.kind === "action") {
              const versionTag = command.stale
                ? (staleTags.get(command.orderId) ?? "IXUA3ril8XnZJKUMSfP7dg==")
                : before?.order.versionTag;
              const logBefore = emulator.automationLog().length;
              response = await call("POST", `/api/v3/orders/${command.orderId}/action`, {
                body: {
                  action: "ConfirmOrder",
                  versionTag: versionTag ?? "IXUA3ril8XnZJKUMSfP7dg==",
                },
              });
              const expected =
                !before || versionTag !== before.order.versionTag
                  ? 404
                  : before.contactId === null
                    ? 422
                    : 202;
              expect(response.status).toBe(expected);
              expect(emulator.automationLog().length - logBefore).toBe(expected === 202 ? 1 : 0);
            }
            if (response) expect(response.status).toBeLessThan(500);
            if (before) staleTags.set(before.order.orderId, before.order.versionTag);
          }
          emulator.advance(120_000);
          const jobs = emulator.listJobs();
          for (const view of emulator.listOrders()) {
            const writes = jobs.filter(
              (job) => job.orderId === view.order.orderId && job.versionTag !== undefined,
            );
            expect(view.order.versionTag).toBe(writes.at(-1)?.versionTag);
          }
          const embedded = emulator.automationLog().filter((entry) => entry.source === "embedded");
          const firing = jobs.filter((job) => job.orderAction && job.status === "Completed");
          expect(embedded.map((entry) => entry.jobId).sort()).toEqual(
            firing.map((job) => job.jobId).sort(),
          );
          const tags = jobs.flatMap((job) => (job.versionTag ? [job.versionTag] : []));
          expect(new Set(tags).size).toBe(tags.length);
        },
      ),
      { numRuns: 60, seed: 424242 },
    );
  });
});
