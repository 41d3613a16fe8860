import { describe, expect, it } from "vitest";
import * as schemas from "../src";
import { toFieldErrors } from "../src";

type StandardSchema = {
  "~standard": {
    version: number;
    vendor: string;
    validate: (value: unknown) => { issues?: readonly { message: string }[] } | Promise<unknown>;
  };
};

const exportedSchemas = Object.entries(schemas).filter(([name]) => name.endsWith("Schema")) as [
  string,
  StandardSchema,
][];

describe("every exported schema through the Standard Schema interface", () => {
  it("finds the schemas", () => {
    expect(exportedSchemas.length).toBeGreaterThan(30);
  });

  it.each(exportedSchemas)("%s validates synchronously and explains a wrong value", (_, schema) => {
    expect(schema["~standard"].version).toBe(1);
    const result = schema["~standard"].validate(Symbol("not JSON"));
    expect(result).not.toBeInstanceOf(Promise);
    const issues = (result as { issues?: readonly { message: string }[] }).issues;
    expect(issues?.length).toBeGreaterThan(0);
    for (const { field, message } of toFieldErrors(issues ?? [])) {
      expect(field).toBe("");
      expect(message).toMatch(/^must be /);
    }
  });
});
