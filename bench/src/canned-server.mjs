// @ts-check
// A canned stand-in for `GET /organization/users` on 127.0.0.1. Prism would be the thing measured,
// so this server does the least work it can: each page is generated from the cursor on the fly
// (constant memory for any number of users) and serialized once.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const FIRST = ["Ada", "Grace", "Alan", "Barbara", "Edsger", "Frances", "Donald", "Margaret", "Ken", "Radia"];
const LAST = ["Lovelace", "Hopper", "Turing", "Liskov", "Dijkstra", "Allen", "Knuth", "Hamilton", "Thompson"];
const ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const EPOCH = 1_711_471_533;
const INDEX_DIGITS = 8;

/**
 * A user id that looks like the real ones (`user-` + 24 characters) and carries its index at the end.
 * @param {number} index
 */
export function userId(index) {
  let x = Math.imul(index + 1, 0x9e3779b1) >>> 0;
  let tail = "";
  for (let i = 0; i < 16; i++) {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    tail += ALPHABET[(x >>> 16) % ALPHABET.length];
  }
  return `user-${tail}${index.toString(36).padStart(INDEX_DIGITS, "0")}`;
}

/**
 * The index carried by a `userId`, or -1 when the cursor is not one of ours.
 * @param {string} id
 */
export function indexOf(id) {
  if (!/^user-[A-Za-z0-9]{24}$/.test(id)) return -1;
  const index = Number.parseInt(id.slice(-INDEX_DIGITS), 36);
  return userId(index) === id ? index : -1;
}

/**
 * User number `index`, with every field of the spec's `User` schema filled in.
 * @param {number} index
 */
export function user(index) {
  const first = /** @type {string} */ (FIRST[index % FIRST.length]);
  const last = /** @type {string} */ (LAST[Math.floor(index / FIRST.length) % LAST.length]);
  const id = userId(index);
  const email = `${first}.${last}.${index}@example.com`.toLowerCase();
  const addedAt = EPOCH + index * 37;
  return {
    object: "organization.user",
    id,
    name: `${first} ${last}`,
    email,
    role: index % 10 === 0 ? "owner" : "reader",
    added_at: addedAt,
    is_default: index === 0,
    created: addedAt - 86_400,
    user: {
      object: "user",
      id,
      email,
      name: `${first} ${last}`,
      picture: null,
      enabled: true,
      banned: false,
      banned_at: null,
    },
    is_service_account: index % 50 === 49,
    is_scale_tier_authorized_purchaser: null,
    is_scim_managed: false,
    api_key_last_used_at: index % 3 === 0 ? null : addedAt + 3_600,
    technical_level: null,
    developer_persona: null,
    projects: null,
  };
}

/**
 * One page of the list, in the API's list style, or an error message for a bad query.
 * @param {number} total
 * @param {{ limit?: number, after?: string }} [query]
 */
export function usersPage(total, { limit = 20, after } = {}) {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return { error: { param: "limit", message: "limit must be an integer from 1 to 100" } };
  }
  const start = after === undefined ? 0 : indexOf(after) + 1;
  if (start === 0 && after !== undefined) {
    return { error: { param: "after", message: `No such object: '${after}'` } };
  }
  const end = Math.min(total, start + limit);
  const data = [];
  for (let i = start; i < end; i++) data.push(user(i));
  return {
    page: {
      object: "list",
      data,
      first_id: data.length ? userId(start) : null,
      last_id: data.length ? userId(end - 1) : null,
      has_more: end < total,
    },
  };
}

/**
 * @param {string} message
 * @param {string | null} param
 * @param {string | null} [code]
 */
function errorBody(message, param, code = null) {
  return JSON.stringify({ error: { message, type: "invalid_request_error", param, code } });
}

/**
 * Starts the server in this process. `totals` lists the organization sizes to serve; each gets
 * its own port, so one process can stand in for a 10,000-user and a 100,000-user organization.
 * @param {number[]} totals
 */
export async function startCannedServer(totals) {
  let requests = 0;
  const servers = await Promise.all(
    totals.map(async (total) => {
      const server = createServer((req, res) => {
        requests++;
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        /** @type {(status: number, body: string) => void} */
        const send = (status, body) => {
          res.writeHead(status, {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            "x-request-id": `req_${requests}`,
          });
          res.end(body);
        };
        if (!req.headers.authorization?.startsWith("Bearer ")) {
          return send(401, errorBody("Missing bearer authentication in header", null, "invalid_api_key"));
        }
        if (req.method !== "GET" || url.pathname !== "/organization/users") {
          return send(
            404,
            errorBody(`Unknown request URL: ${req.method} ${url.pathname}`, null, "unknown_url"),
          );
        }
        const limit = url.searchParams.has("limit") ? Number(url.searchParams.get("limit")) : undefined;
        const after = url.searchParams.get("after") ?? undefined;
        const result = usersPage(total, { limit, after });
        if (result.error) return send(400, errorBody(result.error.message, result.error.param));
        send(200, JSON.stringify(result.page));
      });
      server.listen(0, "127.0.0.1");
      await once(server, "listening");
      const address = server.address();
      if (address === null || typeof address === "string") throw new Error("server has no TCP address");
      return { total, server, url: `http://127.0.0.1:${address.port}` };
    }),
  );
  return {
    /** @type {Record<number, string>} */
    urls: Object.fromEntries(servers.map((s) => [s.total, s.url])),
    requests: () => requests,
    async stop() {
      await Promise.all(
        servers.map(async ({ server }) => {
          server.closeAllConnections();
          server.close();
          await once(server, "close");
        }),
      );
    },
  };
}

/**
 * The base URL serving an organization of `total` users.
 * @param {Record<number, string>} urls
 * @param {number} total
 */
export function urlFor(urls, total) {
  const url = urls[total];
  if (url === undefined) throw new Error(`the canned server was not started with ${total} users`);
  return url;
}

const serverMain = fileURLToPath(new URL("./canned-server-main.mjs", import.meta.url));

/**
 * Starts the server in a child process, so its CPU time and memory stay out of what the
 * contenders are measured on.
 * @param {number[]} totals
 * @returns {Promise<{ urls: Record<number, string>, pid: number, stop(): Promise<void> }>}
 */
export async function startCannedServerProcess(totals, { timeoutMs = 10_000 } = {}) {
  const child = spawn(process.execPath, [serverMain, ...totals.map(String)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 2_000);
    await exited;
    clearTimeout(timer);
  };
  const ready = new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(
      () => reject(new Error(`canned server not ready after ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const line = out.indexOf("\n");
      if (line >= 0) {
        clearTimeout(timer);
        resolve(JSON.parse(out.slice(0, line)));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`canned server exited with code ${code} before it was ready`));
    });
  });
  try {
    const { urls } = /** @type {{ urls: Record<number, string> }} */ (await ready);
    return { urls, pid: /** @type {number} */ (child.pid), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
