// Rows that are already true, found by reading before writing: an email already invited (a
// pending invite) or already a member of the organization, a name already taken, a member
// already added. Each list is read once per collection (its path ids filled), through the same
// pacer as the writes; the API's 409 covers whatever changed since.
import { type AdminClient, type ListInit, type ListPath, pages } from "@openai-admin/client";
import { operations } from "../manifest/lookup.js";
import type { Operation } from "../manifest/types.js";

type Item = Record<string, unknown>;

const fill = (template: string, ids: Record<string, string>) =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? name));

// The organization's people: the list that emails are looked up in (`users retrieve grace@…`).
const peopleList = operations
  .flatMap((o) => o.fields)
  .find((f) => f.lookup?.by === "email" && !f.lookup.list.includes("{"))?.lookup?.list;

export class AlreadyTrue {
  readonly #lists = new Map<string, Promise<Item[]>>();
  readonly #list: Operation | undefined;

  constructor(
    private readonly client: AdminClient,
    op: Operation,
    private readonly signal: AbortSignal,
  ) {
    // The collection a create adds to is listed at the same path.
    this.#list =
      op.verb === "create"
        ? operations.find((o) => o.method === "GET" && o.path === op.path && o.pagination)
        : undefined;
  }

  /** Whether a row can be checked here: a create of something with a natural key. */
  canCheck(body: Record<string, unknown> | undefined): boolean {
    return this.#list !== undefined && body !== undefined && this.#keysOf(body).length > 0;
  }

  #keysOf(body: Record<string, unknown>): string[] {
    return Object.keys(body).filter(
      (k) => (k === "email" || k === "name" || k.endsWith("_id")) && typeof body[k] === "string",
    );
  }

  #read(path: string): Promise<Item[]> {
    let items = this.#lists.get(path);
    if (!items) {
      items = (async () => {
        const found: Item[] = [];
        const init = { params: { path: {}, query: {} }, signal: this.signal } as ListInit<ListPath>;
        for await (const page of pages(this.client, path as ListPath, init))
          found.push(...(page.data as Item[]));
        return found;
      })();
      this.#lists.set(path, items);
    }
    return items;
  }

  /** Why the row needs no request, or undefined when it does. */
  async check(
    path: Record<string, string>,
    body: Record<string, unknown> | undefined,
  ): Promise<string | undefined> {
    if (!this.#list || !body || !this.canCheck(body)) return undefined;
    const items = await this.#read(fill(this.#list.path, path));
    const email = typeof body.email === "string" ? body.email.toLowerCase() : undefined;
    for (const item of items) {
      const id = String(item.id ?? "");
      if (email && String(item.email ?? "").toLowerCase() === email) {
        // An expired or accepted invite does not stand for the email any more.
        if (item.status === undefined || item.status === "pending")
          return `${body.email} already has ${item.status === "pending" ? "a pending invite" : "an entry"} (${id}).`;
      }
      if (typeof body.name === "string" && item.name === body.name)
        return `the name '${body.name}' is already taken (${id}).`;
      for (const key of Object.keys(body).filter((k) => k.endsWith("_id")))
        if (body[key] === id) return `${body[key]} is already there.`;
    }
    if (email && peopleList && fill(this.#list.path, path) !== peopleList) {
      const member = (await this.#read(peopleList)).find(
        (u) => String(u.email ?? "").toLowerCase() === email,
      );
      if (member) return `${body.email} is already a member of the organization (${String(member.id)}).`;
    }
    return undefined;
  }
}
