// Behind a corporate proxy: HTTPS_PROXY tunnels through a real CONNECT proxy to a TLS server whose
// self-signed certificate is trusted through NODE_EXTRA_CA_CERTS; HTTP_PROXY forwards; NO_PROXY
// goes direct. The plain server is the simulator; the TLS one answers through a simulator in
// process. What the proxy and the simulators received is what is checked.
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createSimulator,
  type RecordedRequest,
  type RunningSimulator,
  readBody,
  type Simulator,
  startSimulator,
} from "@openai-admin/simulator";
import { createProxy } from "proxy";
import { generate } from "selfsigned";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CANARY, run } from "../helpers/cli.js";
import { ORG } from "../helpers/server.js";

const PROXY_USER = "admin";
const PROXY_PASSWORD = "s3cret-proxy-password";

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
}
const behindTls = createSimulator(ORG);
let plain: RunningSimulator;
const user = behindTls.org.collection("/organization/users").from().next().value?.entity as { id: string };
const seen = (sim: { requests: readonly RecordedRequest[] }): Seen[] =>
  sim.requests.map((r) => ({
    method: r.method,
    url: r.target,
    authorization: r.headers.authorization,
  }));
const tunnels: string[] = [];
const forwarded: string[] = [];
const servers: Server[] = [];
let caFile = "";
let tlsPort = 0;
let plainPort = 0;
let proxyUrl = "";

/** Answers through the simulator in process, which logs the request as it arrived. */
function answer(sim: Simulator) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const reply = await sim.handle({
      method: req.method ?? "GET",
      target: req.url ?? "/",
      headers: req.headers,
      body,
    });
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body);
  };
}

async function listen(server: Server): Promise<number> {
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    extensions: [
      { name: "basicConstraints", cA: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  caFile = join(mkdtempSync(join(tmpdir(), "openai-admin-proxy-")), "ca.pem");
  writeFileSync(caFile, pems.cert);
  tlsPort = await listen(createHttpsServer({ key: pems.private, cert: pems.cert }, answer(behindTls)));
  plain = await startSimulator(ORG);
  plainPort = plain.port;
  const proxy = createProxy(createHttpServer());
  const expected = `Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString("base64")}`;
  proxy.authenticate = (req) => req.headers["proxy-authorization"] === expected;
  proxy.on("connect", (req: IncomingMessage) => tunnels.push(req.url ?? ""));
  proxy.on("request", (req: IncomingMessage) => forwarded.push(req.url ?? ""));
  const proxyPort = await listen(proxy);
  proxyUrl = `http://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:${proxyPort}`;
});
afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  await plain?.close();
});

const reset = () => {
  for (const list of [tunnels, forwarded]) list.length = 0;
  behindTls.resetRequests();
  plain.simulator.resetRequests();
};
const retrieve = (baseUrl: string, ...extra: string[]) => [
  "users",
  "retrieve",
  user.id,
  "--base-url",
  baseUrl,
  "--format",
  "json",
  "--max-retries",
  "0",
  ...extra,
];

describe("proxies", () => {
  it("tunnels HTTPS through HTTPS_PROXY with CONNECT, to a server trusted through NODE_EXTRA_CA_CERTS", async () => {
    reset();
    const result = await run(retrieve(`https://localhost:${tlsPort}`), {
      env: { HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: caFile },
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: user.id });
    expect(tunnels).toEqual([`localhost:${tlsPort}`]);
    expect(seen(behindTls)).toEqual([
      { method: "GET", url: `/organization/users/${user.id}`, authorization: `Bearer ${CANARY}` },
    ]);
  });

  it("honours the lower-case https_proxy too", async () => {
    reset();
    const result = await run(retrieve(`https://localhost:${tlsPort}`), {
      env: { https_proxy: proxyUrl, NODE_EXTRA_CA_CERTS: caFile },
    });
    expect(result.code).toBe(0);
    expect(tunnels).toEqual([`localhost:${tlsPort}`]);
  });

  it("says under --debug which proxy it uses, never the proxy's password or the key", async () => {
    reset();
    const result = await run(retrieve(`https://localhost:${tlsPort}`, "--debug"), {
      env: { HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: caFile },
    });
    expect(result.code).toBe(0);
    const proxyPort = new URL(proxyUrl).port;
    expect(result.stderr).toContain(`proxy: http://127.0.0.1:${proxyPort} for https://localhost:${tlsPort}`);
    expect(result.stdout + result.stderr).not.toContain(PROXY_PASSWORD);
    expect(result.stdout + result.stderr).not.toContain(CANARY);
  });

  it("goes direct to a host NO_PROXY names", async () => {
    reset();
    const result = await run(retrieve(`https://localhost:${tlsPort}`), {
      env: { HTTPS_PROXY: proxyUrl, NO_PROXY: "localhost", NODE_EXTRA_CA_CERTS: caFile },
    });
    expect(result.code).toBe(0);
    expect(tunnels).toEqual([]);
    expect(seen(behindTls)).toHaveLength(1);
  });

  it("forwards plain HTTP through HTTP_PROXY", async () => {
    reset();
    const result = await run(retrieve(`http://127.0.0.1:${plainPort}`), { env: { HTTP_PROXY: proxyUrl } });
    expect(result.code).toBe(0);
    expect(forwarded).toEqual([`http://127.0.0.1:${plainPort}/organization/users/${user.id}`]);
    expect(seen(plain).map((request) => request.authorization)).toEqual([`Bearer ${CANARY}`]);
  });

  it("fails with a clear error, not a hang, when the proxy refuses the credentials", async () => {
    reset();
    const wrong = proxyUrl.replace(PROXY_PASSWORD, "wrong");
    const result = await run(retrieve(`https://localhost:${tlsPort}`), {
      env: { HTTPS_PROXY: wrong, NODE_EXTRA_CA_CERTS: caFile },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toContain("wrong@");
    expect(seen(behindTls)).toHaveLength(0);
  });
});
