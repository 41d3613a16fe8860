// The core copies the closed sets of names it uses (order statuses, job statuses, action
// names …) by hand, so that it needs no dependency. These tests pin each copy to the schemas
// package's own type: a value added or removed on either side fails the typecheck.
import type {
  OrderActionNameSchema,
  OrderStatusSchema,
  FieldError as SchemaFieldError,
  ItemV2 as SchemaItemV2,
  JobState as SchemaJobState,
  LineItem as SchemaLineItem,
  MatchKeyType as SchemaMatchKeyType,
  OrderActionName as SchemaOrderActionName,
  OrderStatus as SchemaOrderStatus,
  ReturnDetails as SchemaReturnDetails,
} from "@engage-orders/schemas";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ActionName,
  FieldError,
  JobStatus,
  LineItem,
  OrderContact,
  OrderStatus,
  OrderV2,
} from "./index.ts";

/**
 * The named values of a string union, without the "any other string" member an `OpenString`
 * adds (`string & {}`), so an open union and a closed one compare by their names.
 */
type Known<Union> = Union extends string ? (string extends Union ? never : Union) : never;

/** The values of a valibot picklist schema. */
type PicklistValues<Schema extends { readonly options: readonly string[] }> =
  Schema["options"][number];

describe("the core's hand-copied names match the schemas package", () => {
  it("action names", () => {
    expectTypeOf<Known<ActionName>>().not.toBeNever();
    expectTypeOf<Known<ActionName>>().toEqualTypeOf<SchemaOrderActionName>();
    expectTypeOf<Known<ActionName>>().toEqualTypeOf<PicklistValues<typeof OrderActionNameSchema>>();
  });

  it("order statuses", () => {
    expectTypeOf<Known<OrderStatus>>().not.toBeNever();
    expectTypeOf<Known<OrderStatus>>().toEqualTypeOf<SchemaOrderStatus>();
    expectTypeOf<Known<OrderStatus>>().toEqualTypeOf<PicklistValues<typeof OrderStatusSchema>>();
  });

  it("job statuses", () => {
    expectTypeOf<Known<JobStatus>>().not.toBeNever();
    expectTypeOf<Known<JobStatus>>().toEqualTypeOf<Known<SchemaJobState>>();
  });

  it("contact match key types", () => {
    type CoreMatchKeyType = OrderContact["matchKeyType"];
    expectTypeOf<Known<CoreMatchKeyType>>().not.toBeNever();
    expectTypeOf<Known<CoreMatchKeyType>>().toEqualTypeOf<Known<SchemaMatchKeyType>>();
  });

  it("line item types and return types", () => {
    // Exclude, not NonNullable: intersecting with `{}` folds the named values into `string & {}`.
    type CoreLineItemType = Exclude<LineItem["type"], undefined>;
    type CoreReturnType = NonNullable<LineItem["returnDetails"]>["type"];
    expectTypeOf<Known<CoreLineItemType>>().not.toBeNever();
    expectTypeOf<Known<CoreLineItemType>>().toEqualTypeOf<
      Exclude<SchemaLineItem["type"], undefined>
    >();
    expectTypeOf<Known<CoreReturnType>>().not.toBeNever();
    expectTypeOf<Known<CoreReturnType>>().toEqualTypeOf<SchemaReturnDetails["type"]>();
  });

  it("v2 item types", () => {
    type CoreItemV2Type = OrderV2["items"][number]["type"];
    expectTypeOf<Known<CoreItemV2Type>>().not.toBeNever();
    expectTypeOf<Known<CoreItemV2Type>>().toEqualTypeOf<SchemaItemV2["type"]>();
  });

  it("field errors have the same shape", () => {
    expectTypeOf<FieldError>().toEqualTypeOf<SchemaFieldError>();
  });
});
