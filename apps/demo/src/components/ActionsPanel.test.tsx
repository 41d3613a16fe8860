import { createOrder, waitForJob } from "@engage-orders/core";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { newOrderDocument } from "../order/newOrderDocument.ts";
import { createDemoHarness } from "../testing/demoHarness.tsx";
import { ActionsPanel } from "./ActionsPanel.tsx";
import { JobTimeline } from "./JobTimeline.tsx";

afterEach(cleanup);

async function processedOrder(h: ReturnType<typeof createDemoHarness>, orderId: string) {
  const handle = await createOrder(
    h.client,
    newOrderDocument({ orderId, email: "ada@example.com" }),
  );
  return { handle, job: await waitForJob(h.client, handle) };
}

describe("ActionsPanel", () => {
  it("sends the action with the order's versionTag once, and again only when asked", async () => {
    const h = createDemoHarness();
    const { job } = await processedOrder(h, "ACT-1");
    render(<ActionsPanel orderId="ACT-1" versionTag={job.versionTag} />, { wrapper: h.wrapper });
    expect((screen.getByLabelText("versionTag") as HTMLInputElement).value).toBe(job.versionTag);

    const send = screen.getByRole("button", { name: "Send ConfirmOrder" });
    fireEvent.click(send);
    await screen.findByText("ConfirmOrder accepted for order ACT-1.");
    fireEvent.click(send);
    await waitFor(() => expect(send.hasAttribute("disabled")).toBe(false));
    expect(h.emulator.automationLog("ACT-1")).toHaveLength(1);

    fireEvent.click(screen.getByRole("checkbox", { name: /Send again/ }));
    fireEvent.click(send);
    await waitFor(() => expect(h.emulator.automationLog("ACT-1")).toHaveLength(2));
    expect(
      h.emulator.automationLog("ACT-1").every((entry) => entry.versionTag === job.versionTag),
    ).toBe(true);
  });

  it("refuses data that is not JSON at its field, and waits for a versionTag", async () => {
    const h = createDemoHarness();
    const { job } = await processedOrder(h, "ACT-2");
    const { rerender } = render(<ActionsPanel orderId="ACT-2" versionTag={undefined} />, {
      wrapper: h.wrapper,
    });
    expect(screen.getByRole("button", { name: "Send ConfirmOrder" }).hasAttribute("disabled")).toBe(
      true,
    );
    rerender(<ActionsPanel orderId="ACT-2" versionTag={job.versionTag} />);
    fireEvent.change(screen.getByLabelText("Data for the automation (JSON, optional)"), {
      target: { value: "{coupon" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Send ConfirmOrder" }));
    expect(await screen.findByText(/must be JSON/)).toBeTruthy();
    expect(h.emulator.automationLog("ACT-2")).toHaveLength(0);
  });
});

describe("JobTimeline", () => {
  it("follows a job to Completed and shows its versionTag in a live region", async () => {
    const h = createDemoHarness();
    const handle = await createOrder(
      h.client,
      newOrderDocument({ orderId: "JOB-1", email: "ada@example.com" }),
    );
    render(<JobTimeline handle={handle} label="Register order" />, { wrapper: h.wrapper });
    const status = screen.getByRole("status");
    expect(status.textContent).toContain("Register order: Pending");
    await waitFor(() => expect(status.textContent).toContain("Register order: Completed"), {
      timeout: 3000,
    });
    const versionTag = h.emulator.getOrder("JOB-1")?.order.versionTag ?? "";
    expect(screen.getByText(versionTag)).toBeTruthy();
  });

  it("ends at CompletedWithErrors for an unknown contact and says why", async () => {
    const h = createDemoHarness();
    const handle = await createOrder(
      h.client,
      newOrderDocument({ orderId: "JOB-2", email: "nobody@example.com" }),
    );
    render(<JobTimeline handle={handle} label="Register order" />, { wrapper: h.wrapper });
    await waitFor(
      () => expect(screen.getByRole("status").textContent).toContain("CompletedWithErrors"),
      {
        timeout: 3000,
      },
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("ContactMissingError");
    expect(alert.textContent).toContain("ContactNotFound");
  });
});
