// A runtime-neutral smoke flow for the server pieces (the emulator and the proxy) when they run
// as a Worker module or under Deno.serve: create an order, follow the job link the server hands
// out until the job completes, trigger an action, and keep every answer so callers can check
// that no secret leaked into any of them.

/** How the smoke flow reaches the server under test. */
export interface SmokeTarget {
  /** Sends one request to the server (a Worker's dispatchFetch, or fetch to a URL). */
  send(path: string, init?: RequestInit): Promise<Response>;
  /** Headers every request carries (the API key when talking to the emulator directly). */
  readonly headers?: Record<string, string>;
  /** How the order names a contact the server knows. */
  readonly contact: { readonly matchKey: string; readonly matchKeyType: string };
}

/** What the flow saw. */
export interface SmokeOutcome {
  readonly statuses: number[];
  /** Every response body and header value, for secret scans. */
  readonly transcript: string;
  readonly versionTag: string;
}

function smokeCheck(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`server smoke check failed: ${message}`);
}

/** Runs create → poll the handed-out link → action against a server. */
export async function runServerSmoke(target: SmokeTarget, orderId: string): Promise<SmokeOutcome> {
  const statuses: number[] = [];
  const transcript: string[] = [];
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await target.send(path, {
      ...init,
      headers: {
        "content-type": "application/json",
        "user-agent": "EngageOrdersSmoke/1.0",
        ...target.headers,
      },
    });
    const text = await response.text();
    statuses.push(response.status);
    for (const [name, value] of response.headers) transcript.push(`${name}: ${value}`);
    transcript.push(text);
    return { response, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };

  const created = await call("/api/v3/orders", {
    method: "POST",
    body: JSON.stringify({
      orderId,
      contact: target.contact,
      status: "InProgress",
      currencyCode: "SEK",
      createdAt: "2025-12-03T15:15:19+01:00",
      lineItems: {
        items: [{ quantity: 2, article: { sku: "SKU-2" }, totalPrice: 40 }],
        subTotal: 40,
      },
    }),
  });
  smokeCheck(created.response.status === 202, `create answered ${created.response.status}`);
  const href = String(created.json.href ?? created.response.headers.get("location"));
  const jobPath = new URL(href).pathname;

  let versionTag = "";
  for (let poll = 0; poll < 100 && !versionTag; poll++) {
    const job = await call(jobPath);
    smokeCheck(job.response.status === 200, `job poll answered ${job.response.status}`);
    if (job.json.status === "Completed") versionTag = String(job.json.versionTag);
    else await new Promise((resolve) => setTimeout(resolve, 50));
  }
  smokeCheck(versionTag, "the job completed with a versionTag");

  const action = await call(`/api/v3/orders/${encodeURIComponent(orderId)}/action`, {
    method: "POST",
    body: JSON.stringify({ action: "ConfirmOrder", versionTag }),
  });
  smokeCheck(action.response.status === 202, `action answered ${action.response.status}`);
  return { statuses, transcript: transcript.join("\n"), versionTag };
}
