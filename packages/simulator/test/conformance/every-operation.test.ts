// Every operation of the spec, sent its example request (with ids the seeded organization has),
// answers 200 with a body the spec's success schema accepts; every error body is the API's
// envelope. The schemas are the operation model's. (The independent check is the contract suite's
// `simulator` project: every operation through `prism proxy`, validated by Prism and by its own Ajv.)

import type { ModelOperation } from "@openai-admin/spec";
import { model } from "@openai-admin/spec/model";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { schemaErrors } from "../../src/api/validate.js";
import { type RunningSimulator, startSimulator } from "../../src/index.js";
import type { Org } from "../../src/org/org.js";
import { client } from "../http.js";

let sim: RunningSimulator;
let api: ReturnType<typeof client>;
const NOW = 1_796_000_000;

beforeAll(async () => {
  sim = await startSimulator({ seed: 3, now: NOW });
  api = client(sim.url);
});
afterAll(() => sim.close());

const isParam = (s: string) => s.startsWith("{");

/** Ids of a collection, under its `/organization` twin too. */
function idsOf(org: Org, key: string): string[] {
  const collection =
    org.existing(key) ??
    (key === "/projects" || key.startsWith("/projects/") ? org.existing(`/organization${key}`) : undefined);
  return collection ? [...collection.from()].slice(0, 50).map((x) => x.id) : [];
}

/** Concrete segments for a template, choosing ids whose deeper collections exist. */
function concrete(org: Org, template: string[], i = 0, done: string[] = []): string[] | undefined {
  if (i === template.length) return done;
  const part = template[i] as string;
  if (!isParam(part)) return concrete(org, template, i + 1, [...done, part]);
  const ids = idsOf(org, `/${done.join("/")}`);
  const active = ids.filter((id) => org.existing(`/${done.join("/")}`)?.get(id)?.status !== "archived");
  for (const id of active.length ? active : ids) {
    const rest = concrete(org, template, i + 1, [...done, id]);
    if (
      rest &&
      (i + 1 === template.length ||
        org.existing(`/${[...done, id, ...template.slice(i + 1, i + 2)].join("/")}`) ||
        !template.slice(i + 1).some(isParam) ||
        rest)
    )
      return rest;
  }
  return undefined;
}

/** The example body with ids that exist (and are not yet where they are being added). */
function bodyFor(org: Org, op: ModelOperation, segments: string[]): unknown {
  const example = structuredClone(op.requestBody?.examples[0]?.value);
  if (typeof example !== "object" || example === null) return example;
  const body = example as Record<string, unknown>;
  const target = `/${segments.join("/")}`;
  for (const [field, value] of Object.entries(body)) {
    if (field.endsWith("_id") && typeof value === "string") {
      const noun = `${field.slice(0, -3)}s`;
      const taken = new Set(idsOf(org, target));
      const projectScoped = segments[0] === "projects" ? idsOf(org, `/projects/${segments[1]}/${noun}`) : [];
      const pool = [...projectScoped, ...idsOf(org, `/organization/${noun}`)];
      body[field] = pool.find((id) => !taken.has(id)) ?? value;
    }
    if (field === "certificate_ids") body[field] = idsOf(org, "/organization/certificates");
    if ((field === "name" || field === "role_name") && op.method === "post" && typeof value === "string")
      body[field] = `${value} (new)`;
    if (field === "email") body[field] = `someone.new+${op.operationId}@example.com`;
  }
  return body;
}

describe("every operation answers its example request with a spec-valid 200", () => {
  for (const op of model.operations) {
    test(`${op.operationId} (${op.method.toUpperCase()} ${op.path})`, async () => {
      expect((await api.post("/_simulator/reset")).status).toBe(200);
      const org = sim.simulator.org;
      const segments = concrete(org, op.path.split("/").slice(1));
      expect(segments, "ids for the path").toBeDefined();
      const path = `/${(segments as string[]).join("/")}`;
      const query = op.cursor === "next_page" ? `?start_time=${NOW - 10 * 86_400}` : "";
      const body = op.requestBody ? bodyFor(org, op, segments as string[]) : undefined;
      const answer = await api.call(op.method.toUpperCase(), `${path}${query}`, body);
      const ok = op.responses.find((r) => r.status === "200");
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(schemaErrors(ok?.schema ?? {}, answer.body), `${op.operationId} 200`).toEqual([]);
    });
  }
});

test("errors come back in the API's envelope with a documented status", async () => {
  const op = model.operations.find((o) => o.operationId === "retrieve-user") as ModelOperation;
  const cases: [string, () => Promise<{ status: number; body: unknown }>, number][] = [
    ["unknown user", () => api.get("/organization/users/user_nope"), 404],
    ["limit out of range", () => api.get("/organization/users?limit=1000"), 400],
    ["bad cursor", () => api.get("/organization/users?after=nope"), 400],
    ["body missing a required field", () => api.post("/organization/invites", { role: "reader" }), 422],
    [
      "body with an unknown field",
      () => api.post("/organization/projects", { name: "x", colour: "red" }),
      422,
    ],
    ["no key", () => api.call("GET", "/organization/users", undefined, { authorization: "" }), 401],
  ];
  // Every error of the API has one envelope (ErrorResponse): the schema of any documented error.
  const envelope = op.responses.find((r) => r.status === "404")?.schema ?? {};
  expect(envelope).toHaveProperty("required", ["error"]);
  for (const [title, send, status] of cases) {
    const answer = await send();
    expect(answer.status, title).toBe(status);
    expect(schemaErrors(envelope, answer.body), title).toEqual([]);
  }
});
