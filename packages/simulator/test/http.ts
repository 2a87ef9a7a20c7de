// A tiny JSON client over real HTTP for the tests: status, headers and parsed body of each call.
export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are read by path
  body: any;
}

export function client(baseUrl: string, key = "sk-admin-test") {
  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: response.status, headers: response.headers, body: parsed };
  }
  return {
    get: (path: string) => call("GET", path),
    post: (path: string, body?: unknown) => call("POST", path, body),
    delete: (path: string) => call("DELETE", path),
    call,
    /** Every item of a list, following its cursors. */
    async all(path: string): Promise<Record<string, unknown>[]> {
      const items: Record<string, unknown>[] = [];
      let cursor: string | null = null;
      for (;;) {
        const sep = path.includes("?") ? "&" : "?";
        const page = await call("GET", `${path}${cursor ? `${sep}after=${encodeURIComponent(cursor)}` : ""}`);
        if (page.status !== 200) throw new Error(`${path}: ${page.status} ${JSON.stringify(page.body)}`);
        items.push(...page.body.data);
        if (!page.body.has_more) return items;
        cursor = page.body.next ?? page.body.last_id;
      }
    },
  };
}
