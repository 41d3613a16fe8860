import { describe, expect, it } from "vitest";
import { rejection, setup } from "../test/fake.ts";
import { ValidationError } from "./errors.ts";
import type { StandardSchemaIssue, StandardSchemaV1 } from "./standardSchema.ts";
import { check, need } from "./validate.ts";

/** A schema that reports the given issues (none: the value passes), synchronously or not. */
const schemaWith = (issues: StandardSchemaIssue[], asynchronous = false): StandardSchemaV1 => ({
  "~standard": {
    version: 1,
    vendor: "test",
    validate: (value) => {
      const result = issues.length ? { issues } : { value };
      return asynchronous ? Promise.resolve(result) : result;
    },
  },
});

describe("need", () => {
  it("returns a non-empty string as it is", () => {
    expect(need("o-1", "orderId")).toBe("o-1");
  });

  it.each([
    ["an empty string", ""],
    ["undefined", undefined],
    ["a number", 7],
    ["an object", { orderId: "o-1" }],
  ])("refuses %s with a ValidationError naming the field", (_label, value) => {
    let caught: unknown;
    try {
      need(value, "order.orderId");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).message).toBe("order.orderId: must be a non-empty string");
  });
});

describe("check", () => {
  it("lets everything through when the client has no schema for the kind", async () => {
    const { client } = setup([], { schemas: { action: schemaWith([{ message: "no" }]) } });
    await expect(check(client, "order", { anything: true })).resolves.toBeUndefined();
  });

  it("passes a value the schema accepts, synchronously or asynchronously", async () => {
    const sync = setup([], { schemas: { order: schemaWith([]) } });
    const async = setup([], { schemas: { order: schemaWith([], true) } });
    await expect(check(sync.client, "order", {})).resolves.toBeUndefined();
    await expect(check(async.client, "order", {})).resolves.toBeUndefined();
  });

  it("turns every issue into a field error with a dotted path, key segments included", async () => {
    const issues = [
      { message: "must be a number", path: ["lineItems", { key: "items" }, 0, "quantity"] },
      { message: "is required", path: [{ key: "contact" }] },
    ];
    const { client } = setup([], { schemas: { order: schemaWith(issues, true) } });
    const error = (await rejection(check(client, "order", {}))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual([
      { field: "lineItems.items.0.quantity", message: "must be a number" },
      { field: "contact", message: "is required" },
    ]);
    expect(error.message).toBe(
      "Invalid order: lineItems.items.0.quantity: must be a number; contact: is required",
    );
  });

  it("names an issue without a path (the value as a whole) as the root", async () => {
    const { client } = setup([], {
      schemas: { statusChange: schemaWith([{ message: "must be an object" }]) },
    });
    const error = (await rejection(check(client, "statusChange", null))) as ValidationError;
    expect(error.fieldErrors).toEqual([{ field: "", message: "must be an object" }]);
    expect(error.message).toBe("Invalid statusChange: (root): must be an object");
  });

  it("refuses a client not made by createOrdersClient", async () => {
    const error = await rejection(check({ baseUrl: "https://t.voyado.com" }, "order", {}));
    expect(error).toBeInstanceOf(ValidationError);
  });
});
