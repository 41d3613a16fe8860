import { createOrdersClient } from "@engage-orders/core";
import { EngageOrdersProvider, useOrdersClient } from "@engage-orders/react";
import { renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

describe("EngageOrdersProvider", () => {
  it("gives its client to the hooks below it", () => {
    const client = createOrdersClient({ baseUrl: "https://shop.example/engage" });
    const { result } = renderHook(() => useOrdersClient(), {
      wrapper: ({ children }) => (
        <EngageOrdersProvider client={client}>{children}</EngageOrdersProvider>
      ),
    });
    expect(result.current).toBe(client);
  });

  it("names the missing provider", () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => renderHook(() => useOrdersClient())).toThrow(/EngageOrdersProvider/);
    quiet.mockRestore();
  });
});
