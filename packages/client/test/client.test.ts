import type { Middleware } from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import { unwrap } from "../src/index.js";
import {
  CANARY_KEY,
  clientFor,
  closeServers,
  envelope,
  replies,
  startServer,
  userList,
} from "./helpers/server.js";

afterEach(closeServers);

describe("createAdminClient", () => {
  it("sends the key as a bearer token, JSON headers and the caller's headers", async () => {
    const server = await startServer(replies({ status: 200, body: userList }));
    const { client } = clientFor(server, { headers: { "OpenAI-Organization": "org_1" } });
    const { data } = await client.GET("/organization/users", {
      params: { query: { limit: 2, "emails[]": ["a@example.com", "b@example.com"] } },
    });
    expect(data?.data[0]?.email).toBe("ada@example.com");
    const [seen] = server.requests;
    expect(seen?.headers.authorization).toBe(`Bearer ${CANARY_KEY}`);
    expect(seen?.headers["openai-organization"]).toBe("org_1");
    expect(seen?.url.searchParams.get("limit")).toBe("2");
    expect(seen?.url.searchParams.getAll("emails[]")).toEqual(["a@example.com", "b@example.com"]);
  });

  it("fills path parameters and sends JSON bodies", async () => {
    const server = await startServer(
      replies({ status: 200, body: { object: "project.data_retention", type: "zero_data_retention" } }),
    );
    const { client } = clientFor(server);
    const retention = await unwrap(
      client.POST("/organization/projects/{project_id}/data_retention", {
        params: { path: { project_id: "proj_abc" } },
        body: { retention_type: "zero_data_retention" },
      }),
    );
    expect(retention.type).toBe("zero_data_retention");
    expect(server.requests[0]?.url.pathname).toBe("/organization/projects/proj_abc/data_retention");
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({ retention_type: "zero_data_retention" });
  });

  it.each([".", ".."])("refuses the path id %j instead of sending the request elsewhere", async (id) => {
    const server = await startServer(
      replies({ status: 200, body: { object: "user.role.deleted", deleted: true } }),
    );
    const { client } = clientFor(server);
    // `..` as role_id would resolve to DELETE /organization/users/user_abc: deleting the user.
    const call = client.DELETE("/organization/users/{user_id}/roles/{role_id}", {
      params: { path: { user_id: "user_abc", role_id: id } },
    });
    await expect(call).rejects.toThrow(`role_id cannot be "${id}"`);
    expect(server.requests).toHaveLength(0);
  });

  it("shows the caller's middleware one request and its final outcome, and retries what it built", async () => {
    const server = await startServer(
      replies({ status: 503, body: envelope("busy", "server_error") }, { status: 200, body: userList }),
    );
    const { client } = clientFor(server);
    const seen: number[] = [];
    let built = 0;
    const tracing: Middleware = {
      onRequest({ request }) {
        built++;
        request.headers.set("x-trace-id", `trace-${built}`);
        return request;
      },
      onResponse({ response }) {
        seen.push(response.status);
      },
    };
    client.use(tracing);
    await client.GET("/organization/users");
    expect(built).toBe(1);
    expect(seen).toEqual([200]);
    expect(server.requests.map((r) => r.headers["x-trace-id"])).toEqual(["trace-1", "trace-1"]);

    client.eject(tracing);
    await client.GET("/organization/users");
    expect(built).toBe(1);
  });

  it("still retries when per-request middleware replaces the Request", async () => {
    const server = await startServer(
      replies({ status: 503, body: envelope("busy", "server_error") }, { status: 200, body: userList }),
    );
    const { client } = clientFor(server);
    const { response } = await client.GET("/organization/users", {
      middleware: [{ onRequest: ({ request }) => new Request(request, { headers: { "x-extra": "1" } }) }],
    });
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it("withOptions keeps the key, base URL, headers and middleware, and replaces only what it is given", async () => {
    const server = await startServer(replies({ status: 500, body: envelope("boom", "server_error") }));
    const { client } = clientFor(server, { headers: { "x-app": "cli" } });
    let calls = 0;
    client.use({
      onResponse() {
        calls++;
      },
    });
    const { response } = await client.withOptions({ maxRetries: 0 }).GET("/organization/users");
    expect(response.status).toBe(500);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${CANARY_KEY}`);
    expect(server.requests[0]?.headers["x-app"]).toBe("cli");
    expect(calls).toBe(1);
  });

  it("logs every attempt at debug and every retry at warn", async () => {
    const server = await startServer(
      replies(
        { status: 429, headers: { "retry-after-ms": "5", "x-request-id": "req_1" } },
        { status: 200, body: userList },
      ),
    );
    const lines: [string, string, Record<string, unknown> | undefined][] = [];
    const { client } = clientFor(server, {
      logger: {
        debug: (message, details) => lines.push(["debug", message, details]),
        warn: (message, details) => lines.push(["warn", message, details]),
      },
    });
    await client.GET("/organization/users");
    expect(lines.map(([level]) => level)).toEqual(["debug", "warn", "debug"]);
    expect(lines[1]?.[1]).toBe(
      `GET ${server.url}/organization/users failed (429 Too Many Requests); retry 1 of 2 in 5 ms`,
    );
    expect(lines[1]?.[2]).toMatchObject({ status: 429, retry: 1, waitMs: 5, requestId: "req_1" });
    expect(lines[2]?.[2]).toMatchObject({ status: 200, attempt: 2 });
  });
});
