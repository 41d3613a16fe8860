import { type RawCheckAction, rawCheck } from "valibot";

/**
 * Creates a check on an object that reports its issue at one of the object's fields, e.g. a
 * wrong `subTotal` at `lineItems.subTotal`. It runs even when other fields have issues, so a
 * form shows every problem at once; `requirement` must therefore accept values of the wrong
 * type (other issues already report those). The rule is kept on the action as `requirement`,
 * as valibot's own `check` keeps it, so `compileSchema` can test it without building issues.
 */
export const checkAt = <TInput>(
  key: string,
  requirement: (object: Record<string, unknown>) => boolean,
  message: (object: Record<string, unknown>) => string,
): RawCheckAction<TInput> & { requirement: typeof requirement } =>
  Object.assign(
    /* @__PURE__ */ rawCheck<TInput>(({ dataset, addIssue }) => {
      const object = dataset.value as Record<string, unknown>;
      if (object && typeof object === "object" && !requirement(object)) {
        addIssue({
          message: message(object),
          path: [{ type: "object", origin: "value", input: object, key, value: object[key] }],
        });
      }
    }),
    { requirement },
  );
