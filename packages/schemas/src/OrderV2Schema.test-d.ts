import { describe, expectTypeOf, it } from "vitest";
import { checkOrderV2Totals } from "./checkOrderV2Totals.ts";
import type { FieldError } from "./FieldError.ts";
import type { ItemV2 } from "./ItemV2Schema.ts";
import type { OrderRequest, OrderRequestSchema } from "./OrderRequestSchema.ts";
import type { OrderV2 } from "./OrderV2Schema.ts";
import { toFieldErrors } from "./toFieldErrors.ts";

describe("Orders v2 types", () => {
  it("infers the order and its items", () => {
    expectTypeOf<OrderV2["totalGrossPrice"]>().toEqualTypeOf<number>();
    expectTypeOf<OrderV2["totalTax"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<OrderV2["items"]>().toEqualTypeOf<ItemV2[]>();
    expectTypeOf<ItemV2["type"]>().toEqualTypeOf<"PURCHASE" | "RETURN">();
    expectTypeOf<NonNullable<OrderV2["freightFee"]>["value"]>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<OrderV2["paymentMethods"]>[number]["type"]>().toEqualTypeOf<string>();
  });

  it("takes a parsed order and gives field errors shaped like toFieldErrors'", () => {
    expectTypeOf(checkOrderV2Totals).parameter(0).toEqualTypeOf<OrderV2>();
    expectTypeOf(checkOrderV2Totals).returns.toEqualTypeOf<FieldError[]>();
    expectTypeOf(toFieldErrors).returns.toEqualTypeOf<FieldError[]>();
    expectTypeOf(checkOrderV2Totals).toBeCallableWith({} as OrderV2, {
      tenantRules: { totalTax: true },
      tolerance: 0.05,
    });
  });
});

describe("Standard Schema interface", () => {
  it("exposes input and output types without importing valibot", () => {
    type Standard = (typeof OrderRequestSchema)["~standard"];
    expectTypeOf<NonNullable<Standard["types"]>["output"]>().toEqualTypeOf<OrderRequest>();
    expectTypeOf<ReturnType<Standard["validate"]>>().not.toBeAny();
  });

  it("accepts the issues a Standard Schema returns in toFieldErrors", () => {
    type Result = Awaited<ReturnType<(typeof OrderRequestSchema)["~standard"]["validate"]>>;
    type Issues = NonNullable<Extract<Result, { issues: unknown }>["issues"]>;
    expectTypeOf(toFieldErrors).toBeCallableWith([] as unknown as Issues);
  });
});
