// `@openai-admin/client/node`: the client on node:http through a proxy given as an option (the CLI
// takes it from HTTPS_PROXY/HTTP_PROXY/NO_PROXY; see apps/cli/test/http/proxy.test.ts). A real
// forwarding proxy (the `proxy` package) on 127.0.0.1, and what it and the API server received.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createProxy } from "proxy";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAdminClient, unwrap } from "../src/index.js";
import { createNodeFetch } from "../src/node/node-fetch.js";

const KEY = "sk-admin-node-fetch-test";
const servers: Server[] = [];
const received: string[] = [];
const forwarded: string[] = [];
let apiUrl = "";
let proxyUrl = "";

async function listen(server: Server): Promise<number> {
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  const api = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ object: "organization.user", id: "user_abc", added_at: 1 }));
  });
  apiUrl = `http://127.0.0.1:${await listen(api)}`;
  const proxy = createProxy(createServer());
  proxy.on("request", (req: IncomingMessage) => forwarded.push(req.url ?? ""));
  proxyUrl = `http://127.0.0.1:${await listen(proxy)}`;
});
afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
});
beforeEach(() => {
  received.length = 0;
  forwarded.length = 0;
});

const retrieve = (fetch: ReturnType<typeof createNodeFetch>) =>
  unwrap(
    createAdminClient({ adminApiKey: KEY, baseUrl: apiUrl, fetch, maxRetries: 0 }).GET(
      "/organization/users/{user_id}",
      { params: { path: { user_id: "user_abc" } } },
    ),
  );

describe("createNodeFetch", () => {
  it("sends through the proxy given as an option, whatever the environment says", async () => {
    const user = await retrieve(createNodeFetch({ proxy: proxyUrl, env: {} }));
    expect(user.id).toBe("user_abc");
    expect(forwarded).toEqual([`${apiUrl}/organization/users/user_abc`]);
    expect(received).toEqual(["GET /organization/users/user_abc"]);
  });

  it("takes the proxy from HTTP_PROXY when none is given", async () => {
    const previous = process.env.HTTP_PROXY;
    process.env.HTTP_PROXY = proxyUrl;
    try {
      await retrieve(createNodeFetch());
    } finally {
      if (previous === undefined) delete process.env.HTTP_PROXY;
      else process.env.HTTP_PROXY = previous;
    }
    expect(forwarded).toHaveLength(1);
  });

  it("goes direct with proxy: false, even when the environment names one", async () => {
    await retrieve(createNodeFetch({ proxy: false, env: { HTTP_PROXY: proxyUrl } }));
    expect(forwarded).toEqual([]);
    expect(received).toEqual(["GET /organization/users/user_abc"]);
  });
});
