import fc from "fast-check";
import {
  array,
  check,
  checkAsync,
  checkItems,
  description,
  everyItem,
  type GenericSchema,
  looseObject,
  nullish,
  number,
  optional,
  pipe,
  string,
  transform,
  unknown,
} from "valibot";
import { describe, expect, it } from "vitest";
import {
  documentedActionRequest,
  documentedChangeDelivery,
  documentedChangeStatus,
  documentedOrder,
  documentedOrderV2,
} from "../test/examples.ts";
import { ActionRequestSchema } from "./ActionRequestSchema.ts";
import { ChangeDeliveryRequestSchema } from "./ChangeDeliveryRequestSchema.ts";
import { ChangeStatusRequestSchema } from "./ChangeStatusRequestSchema.ts";
import { compileSchema } from "./compileSchema.ts";
import { NonEmptyTextSchema } from "./NonEmptyTextSchema.ts";
import { OrderRequestSchema } from "./OrderRequestSchema.ts";
import { OrderV2Schema } from "./OrderV2Schema.ts";
import { requestSchemas } from "./requestSchemas.ts";

type Json = Record<string, unknown>;

/** Every path to a value inside `value`, the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(child, path)];
  });
}

const remove = Symbol("remove");

/** A copy of `value` with the value at `path` replaced, or removed. */
function changeAt(value: unknown, path: (string | number)[], next: unknown): unknown {
  const copy = structuredClone(value) as Json;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Json;
  const last = path.at(-1)!;
  if (next === remove) delete parent[last];
  else parent[last] = next;
  return copy;
}

/** Values that break, or almost break, a field: every type, blanks, NaN, bad dates, holes. */
const replacement = fc.oneof(
  fc.constant(remove),
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    0,
    -1,
    "",
    " ",
    "EUR",
    "eur",
    "Purchase",
    "Return",
    "Normal",
    "ConfirmOrder",
    "2025-02-30T10:00:00Z",
    "2025-12-03T15:15:19+01:00",
    "x".repeat(256),
    [],
    [{}],
    {},
    [undefined, "a"],
  ),
  fc.anything(),
);

const cases: [string, GenericSchema, unknown][] = [
  ["OrderRequestSchema", OrderRequestSchema, documentedOrder],
  ["ActionRequestSchema", ActionRequestSchema, documentedActionRequest],
  ["ChangeStatusRequestSchema", ChangeStatusRequestSchema, documentedChangeStatus],
  ["ChangeDeliveryRequestSchema", ChangeDeliveryRequestSchema, documentedChangeDelivery],
  ["OrderV2Schema", OrderV2Schema, documentedOrderV2],
];

/** Checks that the compiled schema and the schema itself give the same answer for `input`. */
async function expectSameVerdict(schema: GenericSchema, input: unknown): Promise<void> {
  const fromSchema = await schema["~standard"].validate(input);
  const fromCompiled = await compileSchema(schema)["~standard"].validate(input);
  if (fromSchema.issues) {
    expect(fromCompiled.issues).toEqual(fromSchema.issues);
  } else {
    expect(fromCompiled.issues).toBeUndefined();
    expect((fromCompiled as { value: unknown }).value).toEqual(
      (fromSchema as { value: unknown }).value,
    );
  }
}

describe("compileSchema", () => {
  describe.each(cases)("%s", (_name, schema, example) => {
    const paths = pathsOf(example);

    it("accepts the documented example, returning the input itself", async () => {
      const result = await compileSchema(schema)["~standard"].validate(example);
      expect(result.issues).toBeUndefined();
      expect((result as { value: unknown }).value).toBe(example);
    });

    it("agrees with the schema on every change at any depth, one or two at a time", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...paths), replacement), {
            minLength: 1,
            maxLength: 2,
          }),
          async (changes) => {
            let input: unknown = example;
            for (const [path, next] of changes) {
              try {
                input = changeAt(input, path, next);
              } catch {
                return; // the first change removed the parent of the second
              }
            }
            await expectSameVerdict(schema, input);
          },
        ),
        { numRuns: 300 },
      );
    });

    it("agrees with the schema on any value at all", async () => {
      await fc.assert(
        fc.asyncProperty(fc.anything(), (input) => expectSameVerdict(schema, input)),
        { numRuns: 200 },
      );
    });
  });

  it("agrees where valibot's own rules are easy to get wrong", async () => {
    const base = documentedOrder as Json;
    const holey: unknown[] = [];
    holey[1] = "a";
    const inputs = [
      // A required key present with the value undefined is missing a value, not a key.
      { ...base, orderId: undefined },
      // An optional key present as undefined is fine.
      { ...base, channel: undefined },
      // A key inherited from the prototype counts as given, as `key in value` says.
      Object.assign(Object.create({ channel: 5 }), base),
      Object.assign(Object.create({ orderId: "inherited" }), { ...base, orderId: undefined }),
      // Objects may be arrays; holes read as undefined.
      Object.assign([], base),
      { ...base, references: holey },
      // Keys valibot leaves out of its copy, objects without or with another prototype.
      { ...base, constructor: "x" },
      JSON.parse(`{"__proto__": 1, "orderId": "o-1"}`),
      Object.assign(Object.create(null), base),
      Object.assign(new Date(0), base),
      { ...base, lineItems: { ...(base.lineItems as Json), subTotal: Number.NaN } },
      { ...base, lineItems: { ...(base.lineItems as Json), subTotal: 1e9 } },
      null,
      "order",
    ];
    for (const input of inputs) await expectSameVerdict(OrderRequestSchema, input);
  });

  it("agrees on a valid order with an own __proto__ key, Infinity or a sparse list", async () => {
    const base = documentedOrder as Json;
    const sparse: unknown[] = [{ card: 1 }];
    sparse[2] = { cash: 2 };
    const inputs = [
      JSON.parse(JSON.stringify({ ...base, "": 1 }).replace('"":1', '"__proto__":{"x":1}')),
      { ...base, lineItems: { ...(base.lineItems as Json), subTotal: Number.POSITIVE_INFINITY } },
      { ...base, payments: sparse },
    ];
    expect(Object.hasOwn(inputs[0], "__proto__")).toBe(true);
    for (const input of inputs) await expectSameVerdict(OrderRequestSchema, input);
    // JSON has no Infinity and no holes: both would be sent as null, so both are refused.
    for (const input of inputs.slice(1)) {
      expect((await OrderRequestSchema["~standard"].validate(input)).issues).toBeDefined();
    }
  });

  describe("on schemas beyond the request schemas", () => {
    const cases: [string, GenericSchema, unknown[]][] = [
      [
        "a pipe whose first step is a pipe keeps the inner rules",
        pipe(ChangeStatusRequestSchema, description("a described schema")),
        [documentedChangeStatus, { lastChangedAt: "2025-12-03T15:16:19+01:00" }],
      ],
      [
        "a pipe on a pipe keeps both rules",
        pipe(
          NonEmptyTextSchema,
          check((value: string) => value.length < 10),
        ),
        ["ok", "   ", "far too long a text"],
      ],
      [
        "a rule on an optional entry runs when the key is there",
        looseObject({
          a: pipe(
            optional(string()),
            check((value) => value !== "bad"),
          ),
          b: nullish(string()),
        }),
        [{}, { a: "good" }, { a: "bad" }, { a: undefined }, { b: null }, { b: 1 }],
      ],
      [
        "a rule on an optional entry judges a given undefined, not a missing key",
        looseObject({
          a: pipe(
            optional(string()),
            check((value) => value !== undefined),
          ),
        }),
        [{}, { a: undefined }, { a: "good" }],
      ],
      [
        "a required entry of any value still needs its key",
        looseObject({ a: unknown() }),
        [{}, { a: undefined }, { a: 1 }],
      ],
      [
        "item-wise checks are left to valibot",
        pipe(
          array(string()),
          checkItems((item: string) => item !== ""),
        ),
        [["a"], [""]],
      ],
      [
        "every-item checks are left to valibot",
        pipe(
          array(string()),
          everyItem((item: string) => item !== ""),
        ),
        [["a"], [""]],
      ],
    ];
    it.each(cases)("%s", async (_name, schema, inputs) => {
      for (const input of inputs) await expectSameVerdict(schema, input);
    });

    it("leaves an async rule to valibot", () => {
      // Only reachable with a cast: valibot's sync `pipe` does not take async steps.
      const schema = (pipe as unknown as (...steps: unknown[]) => GenericSchema)(
        string(),
        checkAsync(async () => false),
      );
      expect(compileSchema(schema)["~standard"]).toBe(schema["~standard"]);
    });
  });

  it("leaves a schema it cannot read to the schema itself", async () => {
    const parts = [
      pipe(
        string(),
        transform((value) => value.length),
      ),
      optional(number(), 5),
    ];
    for (const schema of parts) {
      const compiled = compileSchema(schema as GenericSchema);
      expect(compiled["~standard"]).toBe(schema["~standard"]);
      expect(await compiled["~standard"].validate(undefined)).toEqual(
        await schema["~standard"].validate(undefined),
      );
    }
  });

  it("hands back a valid body itself, where the schema builds a copy", async () => {
    const { value } = (await requestSchemas.order["~standard"].validate(documentedOrder)) as {
      value: unknown;
    };
    expect(value).toBe(documentedOrder);
    const { value: copied } = (await OrderRequestSchema["~standard"].validate(documentedOrder)) as {
      value: unknown;
    };
    expect(copied).not.toBe(documentedOrder);
  });

  it("offers every request schema under the core client's option names", async () => {
    expect(Object.keys(requestSchemas).sort()).toEqual(
      ["action", "deliveryChange", "order", "orderV2", "statusChange"].sort(),
    );
    const bad = await requestSchemas.order["~standard"].validate({
      ...documentedOrder,
      currencyCode: "eur",
    });
    expect(bad.issues?.[0]?.path?.map((item) => (item as { key: unknown }).key)).toEqual([
      "currencyCode",
    ]);
  });
});
