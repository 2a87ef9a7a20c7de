// The CLI's Headers, Request, Response and FormData against Node's own (undici), side by side: the
// same calls must give the same answers, and what ours do not support must throw, not half-work.
import { describe, expect, it } from "vitest";
import { FetchFormData, FetchHeaders, FetchRequest, FetchResponse } from "../../src/http/fetch-classes.js";

const both = [
  { name: "node", Headers: globalThis.Headers, Request: globalThis.Request, Response: globalThis.Response },
  { name: "ours", Headers: FetchHeaders, Request: FetchRequest, Response: FetchResponse },
] as unknown as {
  name: string;
  Headers: typeof Headers;
  Request: typeof Request;
  Response: typeof Response;
}[];

/** Runs `probe` on Node's classes and on ours, and expects the same result from both. */
async function same<T>(probe: (classes: (typeof both)[number]) => T | Promise<T>): Promise<T> {
  const [node, ours] = await Promise.all(both.map(async (classes) => probe(classes)));
  expect(ours).toEqual(node);
  return ours as T;
}

function thrown(action: () => unknown): string {
  try {
    action();
    return "no error";
  } catch (error) {
    return (error as Error).constructor.name;
  }
}

describe("Headers", () => {
  it("names are case-insensitive, values trimmed, repeated values joined, iteration sorted", async () => {
    const entries = await same(({ Headers }) => {
      const headers = new Headers({ "X-B": " two ", "x-a": "one" });
      headers.append("X-A", "again");
      headers.append("Set-Cookie", "a=1");
      headers.append("set-cookie", "b=2");
      return {
        entries: [...headers],
        a: headers.get("X-a"),
        missing: headers.get("nope"),
        has: headers.has("x-B"),
        cookies: headers.getSetCookie(),
      };
    });
    expect(entries.a).toBe("one, again");
  });

  it("set replaces, delete removes, copies are independent", async () => {
    await same(({ Headers }) => {
      const original = new Headers([["Accept", "a"]]);
      const copy = new Headers(original);
      copy.set("accept", "b");
      copy.delete("ACCEPT");
      original.set("content-type", "application/json");
      return { original: [...original], copy: [...copy], fromObject: Object.fromEntries(original) };
    });
  });

  it("refuses names and values that cannot go on the wire", async () => {
    await same(({ Headers }) => [
      thrown(() => new Headers({ "bad name": "x" })),
      thrown(() => new Headers({ ok: "line\r\nbreak" })),
      thrown(() => new Headers([["only-one"]] as unknown as [string, string][])),
    ]);
  });
});

describe("Request", () => {
  it("takes a URL, method, headers and a JSON body, and gives the body back once", async () => {
    await same(async ({ Request }) => {
      const request = new Request("http://127.0.0.1:9/v1/organization/invites?x=1#frag", {
        method: "post",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "a@example.com" }),
      });
      const copy = request.clone();
      const first = await request.json();
      return {
        url: request.url,
        method: request.method,
        type: request.headers.get("content-type"),
        redirect: request.redirect,
        aborted: request.signal.aborted,
        first,
        used: request.bodyUsed,
        again: await request.text().then(
          () => "read twice",
          (error: Error) => error.constructor.name,
        ),
        copy: await copy.text(),
      };
    });
  });

  it("a string body without a content type is text; a GET with a body is refused; a relative URL too", async () => {
    await same(async ({ Request }) => ({
      type: new Request("http://127.0.0.1/", { method: "PUT", body: "hi" }).headers.get("content-type"),
      getWithBody: thrown(() => new Request("http://127.0.0.1/", { method: "GET", body: "x" })),
      relative: thrown(() => new Request("/v1/users")),
      badMethod: thrown(() => new Request("http://127.0.0.1/", { method: "BAD METHOD" })),
    }));
  });

  it("a Request made from another keeps its URL, method, headers and body, and takes a new signal", async () => {
    await same(async ({ Request }) => {
      const controller = new AbortController();
      const original = new Request("http://127.0.0.1/x", {
        method: "PATCH",
        body: "abc",
        headers: { a: "1" },
      });
      const copy = new Request(original, { signal: controller.signal });
      controller.abort();
      return {
        url: copy.url,
        method: copy.method,
        a: copy.headers.get("a"),
        aborted: copy.signal.aborted,
        body: await copy.text(),
      };
    });
  });
});

describe("Response", () => {
  it("status, ok, headers and body", async () => {
    await same(async ({ Response }) => {
      const response = new Response(new TextEncoder().encode('{"ok":true}'), {
        status: 201,
        statusText: "Created",
        headers: { "x-request-id": "req_1" },
      });
      const copy = response.clone();
      return {
        status: response.status,
        ok: response.ok,
        statusText: response.statusText,
        id: response.headers.get("x-request-id"),
        body: await response.json(),
        copy: await copy.arrayBuffer().then((b) => b.byteLength),
        empty: await new Response(null, { status: 204 }).text(),
        bad: await Promise.resolve(new Response("x", { status: 404 }).ok),
      };
    });
  });

  it("refuses a status out of range and a body on a null-body status", async () => {
    await same(({ Response }) => [
      thrown(() => new Response(null, { status: 99 })),
      thrown(() => new Response(null, { status: 600 })),
      thrown(() => new Response("x", { status: 204 })),
    ]);
  });

  it("a body read as a stream is used up", async () => {
    await same(async ({ Response }) => {
      const response = new Response("streamed");
      const body = response.body as ReadableStream<Uint8Array>;
      const before = response.bodyUsed;
      const reader = body.getReader();
      const chunks: number[] = [];
      for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(...next.value);
      const text = new TextDecoder().decode(new Uint8Array(chunks));
      return { before, text, after: response.bodyUsed };
    });
  });
});

describe("where the CLI's classes differ on purpose", () => {
  it("a body read whole has no stream left: body is null, and reading again still throws", async () => {
    const response = new FetchResponse('{"ok":true}');
    expect(response.body).not.toBeNull();
    const read = new FetchResponse('{"ok":true}');
    expect(await read.json()).toEqual({ ok: true });
    // Node's Response gives an emptied stream here; building one would load Node's web streams.
    expect(read.body).toBeNull();
    expect(read.bodyUsed).toBe(true);
    await expect(read.text()).rejects.toThrow(/already been read/);
  });
});

describe("what the CLI's classes do not support", () => {
  it("throws instead of sending half a body", () => {
    const form = new FetchFormData();
    form.append("name", "value");
    expect([...form]).toEqual([["name", "value"]]);
    expect(() => new FetchRequest("http://127.0.0.1/", { method: "POST", body: form as never })).toThrow(
      TypeError,
    );
    expect(() => new FetchResponse(new Blob(["x"]) as never)).toThrow(/not supported/);
    expect(() => form.append("file", new Blob(["x"]) as never)).toThrow(/strings only/);
  });
});
