// The client checks bodies with @engage-orders/schemas through the Standard Schema interface.
import {
  ActionRequestSchema,
  ChangeStatusRequestSchema,
  OrderRequestSchema,
  OrderV2Schema,
} from "@engage-orders/schemas";
import { describe, expect, it } from "vitest";
import { createOrder, type EngageError, triggerAction, ValidationError } from "../src/index";
import { accepted, order, setup } from "./fake";

const schemas = {
  order: OrderRequestSchema,
  action: ActionRequestSchema,
  statusChange: ChangeStatusRequestSchema,
  orderV2: OrderV2Schema,
};

describe("with @engage-orders/schemas", () => {
  it("a valid order passes and is sent as given", async () => {
    const { client, sent } = setup([accepted("j-1")], { schemas });
    await createOrder(client, order());
    expect(sent[0]?.body).toEqual(order());
  });

  it("an invalid order is refused with dotted field paths, nothing sent", async () => {
    const { client, sent } = setup([], { schemas });
    const bad = order();
    bad.lineItems.items[0]!.quantity = "two" as never;
    const error = (await createOrder(client, bad).catch((e) => e)) as EngageError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors.map((e) => e.field)).toContain("lineItems.items.0.quantity");
    expect(sent).toHaveLength(0);
  });

  it("an action is checked too", async () => {
    const { client, sent } = setup([], { schemas });
    const error = await triggerAction(client, "o-1", {
      action: "ConfirmOrder",
      versionTag: "v1",
      language: 5 as never,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(sent).toHaveLength(0);
  });
});
