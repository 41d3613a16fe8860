import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { ProblemDetailsSchema } from "./ProblemDetailsSchema.ts";

describe("ProblemDetailsSchema", () => {
  it("parses RFC 9457's example with its extension members unchanged", () => {
    const problem = {
      type: "https://example.com/probs/out-of-credit",
      title: "You do not have enough credit.",
      status: 403,
      detail: "Your current balance is 30, but that costs 50.",
      instance: "/account/12345/msgs/abc",
      balance: 30,
      accounts: ["/account/12345", "/account/67890"],
    };
    expect(parse(ProblemDetailsSchema, problem)).toEqual(problem);
  });

  it("parses an ASP.NET validation problem with its errors member", () => {
    const problem = {
      type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
      title: "One or more validation errors occurred.",
      status: 400,
      errors: { orderId: ["The orderId field is required."] },
    };
    expect(parse(ProblemDetailsSchema, problem)).toEqual(problem);
  });

  it("parses an empty problem", () => {
    expect(parse(ProblemDetailsSchema, {})).toEqual({});
  });

  it("rejects a status that is not a number at status", () => {
    expect(fieldErrorsOf(ProblemDetailsSchema, { status: "400" })).toEqual([
      { field: "status", message: 'must be a number (received "400")' },
    ]);
  });
});
