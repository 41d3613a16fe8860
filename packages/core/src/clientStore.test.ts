import { describe, expect, it } from "vitest";
import { accepted, rejection, setup } from "../test/fake.ts";
import {
  type ActionAccepted,
  type ActionRequest,
  deleteOrder,
  ordersClientStore,
} from "./index.ts";

/** A promise the test settles by hand. */
function deferred<Value>() {
  let resolve!: (value: Value) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<Value>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

const confirm = (versionTag: string): ActionRequest => ({ action: "ConfirmOrder", versionTag });
const acceptance: ActionAccepted = { orderId: "o-1", action: "ConfirmOrder", accepted: true };

describe("ordersClientStore", () => {
  it("is one store per client, and another client has its own", () => {
    const { client } = setup();
    const { client: other } = setup();
    expect(ordersClientStore(client)).toBe(ordersClientStore(client));
    expect(ordersClientStore(other)).not.toBe(ordersClientStore(client));
    ordersClientStore(client).knownVersionTags.set("o-1", "v1");
    expect(ordersClientStore(other).knownVersionTags.get("o-1")).toBeUndefined();
  });

  describe("inFlightWrites.sendOnce", () => {
    it("sends an intent triggered again while in flight once, and both callers get its result", async () => {
      const { client, sent } = setup([accepted("j-1")]);
      const { inFlightWrites } = ordersClientStore(client);
      const first = inFlightWrites.sendOnce(["delete", "o-1"], () => deleteOrder(client, "o-1"));
      const second = inFlightWrites.sendOnce(["delete", "o-1"], () => deleteOrder(client, "o-1"));
      expect(second).toBe(first);
      expect(inFlightWrites.size).toBe(1);
      // The same intent built in another key order is the same write.
      const reordered = inFlightWrites.sendOnce([{ b: 1, a: 2 }], async () => "first");
      const ordered = inFlightWrites.sendOnce([{ a: 2, b: 1 }], async () => "second");
      expect(await ordered).toBe(await reordered);
      expect((await first).jobId).toBe("j-1");
      expect(sent.filter((request) => request.method === "DELETE")).toHaveLength(1);
    });

    it("sends different intents each, and an equal one again once the first settled", async () => {
      const { client } = setup();
      const { inFlightWrites } = ordersClientStore(client);
      const calls: string[] = [];
      const write = (name: string) => () => {
        calls.push(name);
        return Promise.resolve(name);
      };
      const one = inFlightWrites.sendOnce(["status", "o-1", { status: "Paid" }], write("paid"));
      const other = inFlightWrites.sendOnce(["status", "o-1", { status: "Done" }], write("done"));
      expect(await Promise.all([one, other])).toEqual(["paid", "done"]);
      expect(inFlightWrites.size).toBe(0);
      await inFlightWrites.sendOnce(["status", "o-1", { status: "Paid" }], write("again"));
      expect(calls).toEqual(["paid", "done", "again"]);
    });

    it("lets go of a failed write, so the intent can be sent again", async () => {
      const { client } = setup();
      const { inFlightWrites } = ordersClientStore(client);
      const held = deferred<string>();
      const first = inFlightWrites.sendOnce(["create", "o-1"], () => held.promise);
      held.reject(new Error("network down"));
      expect((await rejection(first)).message).toBe("network down");
      expect(inFlightWrites.size).toBe(0);
      const retried = await inFlightWrites.sendOnce(["create", "o-1"], async () => "sent again");
      expect(retried).toBe("sent again");
    });
  });

  describe("acceptedActions", () => {
    it("remembers an acceptance per order and exact request", () => {
      const { client } = setup();
      const { acceptedActions } = ordersClientStore(client);
      expect(acceptedActions.get("o-1", confirm("v1"))).toBeUndefined();
      acceptedActions.set("o-1", confirm("v1"), acceptance);
      expect(acceptedActions.get("o-1", confirm("v1"))).toBe(acceptance);
      const reordered = { versionTag: "v1", action: "ConfirmOrder" } as const;
      expect(acceptedActions.get("o-1", reordered)).toBe(acceptance);
      // Another version, another order or another language is another action.
      expect(acceptedActions.get("o-1", confirm("v2"))).toBeUndefined();
      expect(acceptedActions.get("o-2", confirm("v1"))).toBeUndefined();
      expect(acceptedActions.get("o-1", { ...confirm("v1"), language: "sv-SE" })).toBeUndefined();
    });
  });
});
