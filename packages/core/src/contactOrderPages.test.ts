import { describe, expect, it } from "vitest";
import { json, rejection, setup } from "../test/fake.ts";
import { contactOrderPages } from "./contactOrderPages.ts";
import { MalformedResponseError } from "./errors.ts";
import type { ContactOrdersPage } from "./types.ts";

const page = (
  offset: number,
  links: unknown,
  items = [{ orderId: `o-${offset}`, versionTag: "v" }],
) => json(200, { items, offset, count: 1, totalCount: 3, links });
const href = (offset: number) =>
  `https://t.voyado.com/api/v3/orders?contactId=c-1&offset=${offset}&count=1`;

/** Reads every page the walk yields. */
async function allPages(walk: AsyncIterable<ContactOrdersPage>): Promise<ContactOrdersPage[]> {
  const pages: ContactOrdersPage[] = [];
  for await (const each of walk) pages.push(each);
  return pages;
}

describe("contactOrderPages", () => {
  it("follows next links to the end, on the client's own origin", async () => {
    const { client, sent } = setup(
      [
        page(0, [
          {
            rel: "next",
            href: "https://elsewhere.example/api/v3/orders?contactId=c-1&offset=1&count=1",
          },
        ]),
        page(1, { next: href(2) }),
        page(2, []),
      ],
      { baseUrl: "https://proxy.example/engage" },
    );
    const pages = await allPages(contactOrderPages(client, "c-1", { count: 1 }));
    expect(pages.flatMap((each) => each.items.map((stored) => stored.orderId))).toEqual([
      "o-0",
      "o-1",
      "o-2",
    ]);
    expect(sent.map((request) => request.url)).toEqual([
      "https://proxy.example/engage/api/v3/orders?contactId=c-1&count=1",
      "https://proxy.example/engage/api/v3/orders?contactId=c-1&offset=1&count=1",
      "https://proxy.example/engage/api/v3/orders?contactId=c-1&offset=2&count=1",
    ]);
  });

  it("stops when a server loops its links", async () => {
    const { client, sent } = setup([page(0, { next: href(1) }), page(1, { next: href(1) })]);
    const pages = await allPages(contactOrderPages(client, "c-1"));
    expect(pages).toHaveLength(2);
    expect(sent).toHaveLength(2);
  });

  it("reads a page only when the caller asks for it", async () => {
    const { client, sent } = setup([page(0, { next: href(1) }), page(1, { next: href(2) })]);
    const walk = contactOrderPages(client, "c 1", { offset: 0, count: 1 });
    expect(sent).toHaveLength(0);
    for await (const first of walk) {
      expect(first.offset).toBe(0);
      break;
    }
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v3/orders?contactId=c%201&offset=0&count=1",
    ]);
  });

  it("passes its signal to the following pages: an abort between pages sends nothing more", async () => {
    const controller = new AbortController();
    const { client, sent } = setup([page(0, { next: href(1) }), page(1, {})]);
    const walk = contactOrderPages(client, "c-1", { signal: controller.signal });
    const first = await walk.next();
    expect(first.done).toBe(false);
    controller.abort(new DOMException("enough", "AbortError"));
    await expect(walk.next()).rejects.toThrow("enough");
    expect(sent).toHaveLength(1);
  });

  it("a broken later page ends the walk with its error, after the pages before it", async () => {
    const { client } = setup([page(0, { next: href(1) }), json(200, { items: null })]);
    const seen: number[] = [];
    const error = await rejection(
      (async () => {
        for await (const each of contactOrderPages(client, "c-1")) seen.push(each.offset ?? -1);
      })(),
    );
    expect(seen).toEqual([0]);
    expect(error).toBeInstanceOf(MalformedResponseError);
  });
});
