import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { documentedActionRequest } from "../test/examples.ts";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { ActionRequestSchema } from "./ActionRequestSchema.ts";

describe("ActionRequestSchema", () => {
  it("parses the documented action request unchanged", () => {
    expect(parse(ActionRequestSchema, documentedActionRequest)).toEqual(documentedActionRequest);
  });

  it("accepts an action name the caller chose", () => {
    const body = { action: "SendReviewReminder", versionTag: "abc==" };
    expect(parse(ActionRequestSchema, body)).toEqual(body);
  });

  it.each([
    [
      {},
      [
        { field: "action", message: "action is required" },
        { field: "versionTag", message: "versionTag is required" },
      ],
    ],
    [
      { action: "", versionTag: "" },
      [
        { field: "action", message: "must not be empty or blank" },
        { field: "versionTag", message: "must not be empty or blank" },
      ],
    ],
    [
      { action: "ConfirmOrder", versionTag: 7 },
      [{ field: "versionTag", message: "must be a string (received 7)" }],
    ],
  ])("rejects %j", (input, expected) => {
    expect(fieldErrorsOf(ActionRequestSchema, input)).toEqual(expected);
  });
});
