import type { JobHandle } from "@engage-orders/core";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDemoHarness } from "../testing/demoHarness.tsx";
import { CreateOrderForm } from "./CreateOrderForm.tsx";

afterEach(cleanup);

const form = () => screen.getByRole("form", { name: "Register an order" });
const field = (label: string) =>
  screen.getByLabelText(label, { exact: true, selector: "input,select,textarea" });

describe("CreateOrderForm", () => {
  it("shows schema errors at their fields and sends nothing", async () => {
    const h = createDemoHarness();
    const onCreated = vi.fn();
    render(<CreateOrderForm defaultEmail="ada@example.com" onCreated={onCreated} />, {
      wrapper: h.wrapper,
    });
    fireEvent.change(field("Order id"), { target: { value: "" } });
    fireEvent.change(field("Line 1 Quantity"), { target: { value: "" } });
    fireEvent.submit(form());

    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toContain("2 problems: nothing was sent");
    expect(summary.textContent).toContain("orderId");
    expect(summary.textContent).toContain("lineItems.items.0.quantity");
    expect(field("Order id").getAttribute("aria-invalid")).toBe("true");
    const describedBy = field("Line 1 Quantity").getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy.split(" ").at(-1) ?? "")?.textContent).toBe(
      "quantity is required",
    );
    expect(h.requests).toEqual([]);
    expect(onCreated).not.toHaveBeenCalled();

    // Errors follow the edits once a send was refused.
    fireEvent.change(field("Order id"), { target: { value: "U-1" } });
    await waitFor(() => expect(field("Order id").getAttribute("aria-invalid")).toBe("false"));
  });

  it("keeps the form and the JSON document in step, and refuses JSON that does not parse", async () => {
    const h = createDemoHarness();
    render(<CreateOrderForm defaultEmail="ada@example.com" onCreated={vi.fn()} />, {
      wrapper: h.wrapper,
    });
    const editor = screen.getByLabelText("Whole document (JSON)") as HTMLTextAreaElement;
    fireEvent.change(field("Line 1 Quantity"), { target: { value: "3" } });
    const document = JSON.parse(editor.value);
    expect(document.lineItems.items[0]).toMatchObject({ quantity: 3, totalPrice: 1497 });
    expect(document.lineItems.subTotal).toBe(1596);

    fireEvent.change(editor, {
      target: { value: JSON.stringify({ ...document, orderId: "FROM-JSON" }) },
    });
    expect((field("Order id") as HTMLInputElement).value).toBe("FROM-JSON");

    fireEvent.change(editor, { target: { value: "{ not json" } });
    fireEvent.submit(form());
    expect((await screen.findByRole("alert")).textContent).toContain("Not valid JSON");
    expect(h.requests).toEqual([]);
  });

  it("registers a valid order with its embedded action and hands back the job", async () => {
    const h = createDemoHarness();
    const onCreated = vi.fn<(handle: JobHandle) => void>();
    render(<CreateOrderForm defaultEmail="ada@example.com" onCreated={onCreated} />, {
      wrapper: h.wrapper,
    });
    fireEvent.change(field("Order id"), { target: { value: "U-2" } });
    fireEvent.change(field("Fire when processed"), { target: { value: "ConfirmOrder" } });
    fireEvent.submit(form());

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({ orderId: "U-2", operation: "create" });
    expect(h.requests).toEqual(["POST /api/v3/orders"]);
    expect(h.emulator.listJobs()[0]).toMatchObject({
      orderId: "U-2",
      orderAction: { action: "ConfirmOrder", language: "en-US" },
    });
    // A fresh form for the next order.
    expect((field("Order id") as HTMLInputElement).value).not.toBe("U-2");
  });
});
