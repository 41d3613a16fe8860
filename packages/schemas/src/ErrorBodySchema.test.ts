import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { ErrorBodySchema } from "./ErrorBodySchema.ts";

describe("ErrorBodySchema", () => {
  it.each([
    {
      errorCode: "InvalidRequest",
      message: "The order is not valid.",
      errors: [{ field: "lineItems.items.0.quantity", message: "quantity is required" }],
    },
    { errorCode: "VersionTagMismatch", message: "The versionTag is not the current one." },
    { message: "An error has occurred." },
    { errorCode: "SomethingNew", traceId: "00-abc", errors: null },
  ])("parses %j unchanged", (body) => {
    expect(parse(ErrorBodySchema, body)).toEqual(body);
  });

  it.each([
    [
      { errors: [{ field: "orderId" }] },
      [{ field: "errors.0.message", message: "message is required" }],
    ],
    [{ errorCode: 404 }, [{ field: "errorCode", message: "must be a string (received 404)" }]],
    ["Bad Request", [{ field: "", message: 'must be an object (received "Bad Request")' }]],
  ])("rejects %j", (input, expected) => {
    expect(fieldErrorsOf(ErrorBodySchema, input)).toEqual(expected);
  });
});
