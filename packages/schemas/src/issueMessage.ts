import type { BaseIssue } from "valibot";

/** What each schema type expects, worded for the "must be …" message. */
const expectedValue: Record<string, string> = {
  array: "a list",
  boolean: "true or false",
  loose_object: "an object",
  number: "a number",
  object: "an object",
  string: "a string",
};

/**
 * The message every schema of this package gives when a rule has no message of its own.
 *
 * Valibot calls it while the issue is created, before parent schemas add the path, so only a
 * missing object key knows its own name ("quantity is required"); other messages describe the
 * value ("must be a number (received "3")") and the issue path names the field.
 */
export const issueMessage = (issue: BaseIssue<unknown>): string => {
  if (issue.received === "undefined") {
    const key = issue.path?.[issue.path.length - 1]?.key;
    return key === undefined ? "is required" : `${String(key)} is required`;
  }
  if (issue.type === "picklist") {
    // valibot lists the options as `("A" | "B" | "C")`.
    const options = issue.expected?.replace(/^\((.*)\)$/, "$1").replaceAll(" | ", ", ");
    return `must be one of ${options} (received ${issue.received})`;
  }
  return `must be ${expectedValue[issue.type] ?? issue.expected} (received ${issue.received})`;
};
