import { describe, expect, it } from "vitest";
import { setup } from "../test/fake.ts";
import { attachInternals, type ClientInternals, internalsOf } from "./clientInternals.ts";
import type { OrdersClient } from "./createOrdersClient.ts";
import { ValidationError } from "./errors.ts";

describe("internalsOf", () => {
  it("gives back the very state attached to a client", () => {
    const client: OrdersClient = Object.freeze({ baseUrl: "https://t.voyado.com" });
    const { client: madeClient } = setup([]);
    const state: ClientInternals = { ...internalsOf(madeClient), tokens: 3 };
    attachInternals(client, state);
    expect(internalsOf(client)).toBe(state);
    expect(internalsOf(client).tokens).toBe(3);
  });

  it("keeps each client's state apart", () => {
    const first = setup([]);
    const second = setup([]);
    internalsOf(first.client).tokens = 0;
    expect(internalsOf(second.client).tokens).toBe(10);
    expect(internalsOf(first.client)).not.toBe(internalsOf(second.client));
  });

  it("refuses an object that only looks like a client, a copy of a real one included", () => {
    const { client } = setup([]);
    for (const lookalike of [{ baseUrl: client.baseUrl }, { ...client }]) {
      let caught: unknown;
      try {
        internalsOf(lookalike);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).message).toBe(
        "client: must be made by createOrdersClient",
      );
    }
  });

  it("keeps the state off the client object: nothing of it is enumerable or serialized", () => {
    const { client } = setup([]);
    expect(internalsOf(client).redact("x")).toBe("x");
    expect(Object.keys(client)).toEqual(["baseUrl"]);
    expect(JSON.stringify(client)).toBe('{"baseUrl":"https://t.voyado.com"}');
  });
});
