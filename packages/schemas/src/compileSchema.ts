import type { GenericSchema, InferInput, InferOutput, StandardProps } from "valibot";

/** A plain test of whether a value passes a schema, with no issues to build. */
type Accepts = (value: unknown) => boolean;

/** A schema as the compiler reads it: valibot's public schema and action objects. */
interface Part {
  kind: string;
  type: string;
  [property: string]: unknown;
}

/** Turns each step after the first of a `pipe` into a test; undefined when one has none. */
const pipeTests = (steps: Part[]): Accepts[] | undefined => {
  const tests: Accepts[] = [];
  for (const step of steps.slice(1)) {
    if (step.kind === "metadata") continue;
    // `check` and this package's `checkAt` expose their rule as a `requirement` function.
    if (step.kind !== "validation" || typeof step.requirement !== "function") return;
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
 * or returns undefined when the schema holds something it does not know (a transformation, a default, a fallback,
 * an opaque action): then only valibot may judge.
 */
function accepts(schema: Part): Accepts | undefined {
  if (schema.default !== undefined || schema.fallback !== undefined) return;
  const tests = Array.isArray(schema.pipe) ? pipeTests(schema.pipe) : [];
  if (!tests) return;
  const base = acceptsBase(schema);
  if (!base) return;
  if (!tests.length) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
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
      const keys: string[] = [];
      const tests: Accepts[] = [];
      const required: boolean[] = [];
      for (const [key, entry] of Object.entries(schema.entries as Record<string, Part>)) {
        const test = accepts(entry);
        if (!test || entry.type === "exact_optional") return;
        const optional = entry.type === "optional";
        keys.push(key);
        // An optional entry passes `undefined`, so only a defined value needs its inner test.
        tests.push(optional ? accepts(entry.wrapped as Part)! : test);
        required.push(!optional && entry.type !== "nullish");
      }
      // A key counts as given when `key in value`, as in valibot.
      return (value) => {
        if (!isPlain(value)) return false;
        const object = value as Record<string, unknown>;
        for (let index = 0; index < keys.length; index++) {
          const field = object[keys[index]!];
          if (
            field === undefined
              ? required[index] && (!(keys[index]! in object) || !tests[index]!(field))
              : !tests[index]!(field)
          ) {
            return false;
          }
        }
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
 * value of a success is the input itself (these schemas transform nothing). A schema holding
 * a part the compiler does not know is used as it is.
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
