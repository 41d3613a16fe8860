import type { ActionAccepted, EngageError } from "@engage-orders/core";
import { type OrderActionArg, useOrderAction } from "@engage-orders/react";
import { describe, expectTypeOf, it } from "vitest";

describe("useOrderAction types", () => {
  it("is an SWR mutation of an action, with refresh", () => {
    const action = useOrderAction("o-1");
    expectTypeOf(action.data).toEqualTypeOf<ActionAccepted | undefined>();
    expectTypeOf(action.error).toEqualTypeOf<EngageError | undefined>();
    expectTypeOf(action.isMutating).toEqualTypeOf<boolean>();
    expectTypeOf(action.refresh).toEqualTypeOf<() => void>();
    expectTypeOf(action.trigger).parameter(0).toEqualTypeOf<OrderActionArg>();
    expectTypeOf(action.trigger({ action: "ConfirmOrder" })).toEqualTypeOf<
      Promise<ActionAccepted>
    >();
    action.trigger({ action: "MyOwnAutomation", versionTag: "abc", data: { x: 1 }, resend: true });
    // @ts-expect-error: the action name is required
    action.trigger({ versionTag: "abc" });
  });
});
