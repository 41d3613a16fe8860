import type { JobHandle } from "@engage-orders/core";
import { useCreateOrder, useOrder, useOrderAction, useOrderJob } from "@engage-orders/react";
import { act, fireEvent, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createHarness, makeOrder } from "./harness.tsx";

const order = makeOrder();

/** A small admin widget: register an order, follow its job, then confirm it. */
function RegisterAndConfirm() {
  const create = useCreateOrder();
  const handle: JobHandle | null = create.data ?? null;
  const job = useOrderJob(handle);
  const stored = useOrder(job.isDone ? order.orderId : null);
  const confirm = useOrderAction(handle?.orderId);
  return (
    <div>
      <button type="button" onClick={() => create.trigger({ order }).catch(() => {})}>
        Register
      </button>
      <ol aria-label="timeline">
        {job.timeline.map((step) => (
          <li key={step.status}>{step.status}</li>
        ))}
      </ol>
      {job.status === "Completed" && (
        <button
          type="button"
          disabled={confirm.isMutating}
          onClick={() =>
            confirm.trigger({ action: "ConfirmOrder", language: "en-US" }).catch(() => {})
          }
        >
          Confirm
        </button>
      )}
      {stored.data && <p>Version {stored.data.versionTag}</p>}
      {confirm.data?.accepted && <p>Confirmed</p>}
    </div>
  );
}

describe("the whole life-cycle", () => {
  it("create → job timeline → completed → action, which the automation log shows once", async () => {
    const harness = createHarness();
    const view = render(<RegisterAndConfirm />, { wrapper: harness.wrapper });
    const register = view.getByText("Register");
    await act(async () => {
      fireEvent.click(register);
      fireEvent.click(register); // a double click registers once
    });
    await harness.advanceUntil(() => view.queryByText("Confirm") !== null);
    const steps = view.getByLabelText("timeline").querySelectorAll("li");
    expect([...steps].map((li) => li.textContent)).toEqual(["Pending", "Processing", "Completed"]);
    const confirm = view.getByText("Confirm");
    await act(async () => {
      fireEvent.click(confirm);
      fireEvent.click(confirm);
    });
    await view.findByText("Confirmed");
    await view.findByText(/^Version /);
    expect(harness.count("POST /api/v3/orders")).toBe(2); // one create, one action
    const log = harness.emulator.automationLog(order.orderId);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: "ConfirmOrder", source: "action", language: "en-US" });
    expect(log[0]?.versionTag).toBe(harness.emulator.getOrder(order.orderId)?.order.versionTag);
    const polls = harness.requests.length;
    view.unmount();
    await harness.advance(60_000);
    expect(harness.requests.length).toBe(polls);
  });
});
