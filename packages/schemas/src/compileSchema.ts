import type { GenericSchema, InferInput, InferOutput, StandardProps } from "valibot";

/** A plain test of whether a value passes a schema, with no issues to build. */
type Accepts = (value: unknown) => boolean;

/** A schema as the compiler reads it: valibot's public schema and action objects. */
interface Part {
  kind: string;
  type: string;
  [property: string]: unknown;
}

/**
 * Turns the steps of a `pipe` after its schema into tests; undefined when one is not a rule
 * the compiler can run as it is: only valibot's `check` and a raw check that carries its rule
 * as `requirement` (this package's `checkAt`) are, each called once with the whole value.
 * Item-wise checks (`checkItems`, `everyItem`), async steps and transformations are not.
 */
const pipeTests = (steps: Part[]): Accepts[] | undefined => {
  const tests: Accepts[] = [];
  for (const step of steps) {
    if (step.kind === "metadata") continue;
    if (
      step.kind !== "validation" ||
      step.async ||
      (step.type !== "check" && step.type !== "raw_check") ||
      typeof step.requirement !== "function"
    ) {
      return;
    }
    tests.push(step.requirement as Accepts);
  }
  return tests;
};

/**
 * Tells whether a value is a plain object whose copy by valibot would equal it. Anything else
 * valibot accepts as an object (an array, a class instance, an object with a prototype of its
 * own, or one with an own `__proto__`, `prototype` or `constructor` key, which valibot leaves
 * out of its copy) is left to valibot, so a success always returns what valibot would.
 */
const isPlain = (value: unknown): boolean => {
  if (!value || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    !Object.hasOwn(value, "constructor") &&
    !Object.hasOwn(value, "prototype") &&
    !Object.hasOwn(value, "__proto__")
  );
};

/**
 * Builds a plain test that accepts only values `schema` accepts (every JSON body it accepts),
 * or returns undefined when the schema holds something it does not know (a transformation, a
 * default, a fallback, an async or item-wise step): then only valibot may judge. A piped
 * schema is its first step (itself possibly a pipe) followed by the rules of the others.
 */
function accepts(schema: Part): Accepts | undefined {
  if (schema.async || schema.default !== undefined || schema.fallback !== undefined) return;
  if (!Array.isArray(schema.pipe)) return acceptsBase(schema);
  const [first, ...steps] = schema.pipe as Part[];
  // An empty pipe is nothing this compiler knows: valibot judges it.
  if (!first) return;
  const base = accepts(first);
  const tests = pipeTests(steps);
  if (!base || !tests) return;
  if (!tests.length) return base;
  const [test, ...more] = tests as [Accepts, ...Accepts[]];
  if (!more.length) return (value) => base(value) && !!test(value);
  return (value) => {
    if (!base(value)) return false;
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

/**
 * How an object's entry may be left out: `required` entries must be given; a `plain-optional`
 * one is a plain `optional`, whose test is the wrapped schema's and which a present `undefined`
 * passes; an `optional` one is any other optional entry (absent passes; present, its whole test
 * runs).
 */
type Presence = "required" | "plain-optional" | "optional";

/** A plain test of one entry of an object, reading the entry itself. */
type AcceptsField = (object: Record<string, unknown>) => boolean;

/**
 * Builds the test of one object entry for its presence once, when the schema is compiled, so
 * checking a value runs no branch on `presence`. A key counts as given when `key in object`, as
 * in valibot; that lookup runs only for an `undefined` value.
 */
function acceptsField(key: string, test: Accepts, presence: Presence): AcceptsField {
  switch (presence) {
    case "required":
      return (object) => {
        const field = object[key];
        if (field === undefined && !(key in object)) return false;
        return test(field);
      };
    case "plain-optional":
      return (object) => {
        const field = object[key];
        return field === undefined || test(field);
      };
    case "optional":
      return (object) => {
        const field = object[key];
        if (field === undefined && !(key in object)) return true;
        return test(field);
      };
  }
}

/** The test of one schema without its pipe. */
function acceptsBase(schema: Part): Accepts | undefined {
  switch (schema.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number" && !Number.isNaN(value);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "unknown":
      return () => true;
    case "custom":
      return (value) => !!(schema.check as Accepts)(value);
    case "picklist":
      return (value) => (schema.options as unknown[]).includes(value);
    case "optional":
    case "nullish": {
      const inner = accepts(schema.wrapped as Part);
      if (!inner) return;
      return schema.type === "optional"
        ? (value) => value === undefined || inner(value)
        : (value) => value == null || inner(value);
    }
    case "array": {
      const item = accepts(schema.item as Part);
      return (
        item &&
        ((value) => {
          if (!Array.isArray(value)) return false;
          for (let index = 0; index < value.length; index++) if (!item(value[index])) return false;
          return true;
        })
      );
    }
    case "loose_object": {
      const fields: { key: string; presence: Presence; accepts: AcceptsField }[] = [];
      for (const [key, entry] of Object.entries(schema.entries as Record<string, Part>)) {
        const test = accepts(entry);
        if (!test || entry.type === "exact_optional") return;
        const isPlainOptional = entry.type === "optional" && !entry.pipe;
        const wrappedTest = isPlainOptional ? accepts(entry.wrapped as Part) : undefined;
        if (wrappedTest) {
          const presence = "plain-optional";
          fields.push({ key, presence, accepts: acceptsField(key, wrappedTest, presence) });
        } else {
          const optional = entry.type === "optional" || entry.type === "nullish";
          const presence = optional ? "optional" : "required";
          fields.push({ key, presence, accepts: acceptsField(key, test, presence) });
        }
      }
      return (value) => {
        if (!isPlain(value)) return false;
        const object = value as Record<string, unknown>;
        for (const field of fields) if (!field.accepts(object)) return false;
        return true;
      };
    }
  }
}

/**
 * Compiles a request schema for the hot path: the Standard Schema it returns first runs a
 * plain test built once from the schema's structure, so a valid body (the common case) passes
 * without valibot building and copying its output; only a body that fails goes through the
 * schema itself, so the issues, their paths and their messages are exactly the schema's. The
 * value of a success is the input as given, not a copy (the compiled parts transform nothing).
 * A schema holding a part the compiler does not know is used as it is. It assumes plain data,
 * as a parsed JSON body is: a getter or a Proxy that answers differently on each read may be
 * judged on other values than valibot would see.
 *
 * @example
 * ```ts
 * const order = compileSchema(OrderRequestSchema);
 * const result = await order["~standard"].validate(body); // { value } or { issues }
 * ```
 */
export function compileSchema<Schema extends GenericSchema>(
  schema: Schema,
): { readonly "~standard": StandardProps<InferInput<Schema>, InferOutput<Schema>> } {
  const standard = schema["~standard"];
  const test = accepts(schema as unknown as Part);
  if (!test) return { "~standard": standard };
  return {
    "~standard": {
      ...standard,
      validate: (value) =>
        test(value) ? { value: value as InferOutput<Schema> } : standard.validate(value),
    },
  };
}
