// The commands' --help examples name the spec's example ids (`user_abc`, `proj_abc`), which no
// organization holds. To run every command against the simulator as a user would copy it, each
// example's ids are swapped for seeded ones the operation succeeds with: found once per command, in
// process, on the organization every suite starts its simulators from (same seed, same ids).
import { createSimulator, type Simulator, type StartSimulatorOptions } from "@openai-admin/simulator";
import type { ModelOperation } from "@openai-admin/spec";
import { model } from "@openai-admin/spec/model";
import { type CliOperation, exampleIds } from "./manifest.js";

/** The organization every suite starts from: a fixed seed and clock, so every copy has the same ids. */
export const ORG = { seed: 1, now: 1_796_000_000 } satisfies StartSimulatorOptions;

const headers = { authorization: "Bearer sk-admin-live-examples" };
const byId = new Map(model.operations.map((op) => [op.operationId, op]));
/** How many candidates of each id are tried; the seed's findings are all among the first few. */
const CANDIDATES = 12;

interface Slot {
  /** A path parameter (`user_id`), or a body field naming another object (`role_id`). */
  name: string;
  in: "path" | "body";
  /** Where the id stands in the example's words. */
  index: number;
}

/** Every command's example with seeded ids, by operationId. */
export async function liveExamples(operations: readonly CliOperation[]): Promise<Map<string, string[]>> {
  const pristine = createSimulator(ORG);
  const out = new Map<string, string[]>();
  for (const op of operations) out.set(op.operationId, await liveExample(op, pristine));
  return out;
}

async function liveExample(op: CliOperation, pristine: Simulator): Promise<string[]> {
  const operation = byId.get(op.operationId) as ModelOperation;
  const slots = slotsOf(op, operation);
  if (slots.length === 0) return [...op.example];
  // Failed attempts change nothing, so one copy of the organization serves every attempt.
  const attempt = createSimulator(ORG);
  const chosen = new Map<string, string>();
  const search = async (k: number): Promise<boolean> => {
    const slot = slots[k];
    if (!slot) return succeeds(attempt, operation, chosen);
    for (const id of await candidates(pristine, operation, slot, chosen)) {
      chosen.set(slot.name, id);
      if (await search(k + 1)) return true;
    }
    chosen.delete(slot.name);
    return false;
  };
  if (!(await search(0))) {
    throw new Error(`no seeded ids make \`${op.example.join(" ")}\` succeed on the simulator`);
  }
  const words = [...op.example];
  for (const slot of slots) words[slot.index] = chosen.get(slot.name) as string;
  return words;
}

/** The example's path ids (positional, in path order) and its `--<noun>-id` body flags. */
function slotsOf(op: CliOperation, operation: ModelOperation): Slot[] {
  const positional = exampleIds(op);
  const slots: Slot[] = operation.pathParams.map((p, k) => ({ name: p.name, in: "path", index: 2 + k }));
  if (slots.length !== positional.length) {
    throw new Error(
      `${op.operationId}: ${positional.length} ids in the example, ${slots.length} in the path`,
    );
  }
  const fields = Object.keys((operation.requestBody?.schema.properties as object | undefined) ?? {});
  op.example.forEach((word, i) => {
    const field = /^--([a-z-]+-id)$/.exec(word)?.[1]?.replace(/-/g, "_");
    if (field && fields.includes(field)) slots.push({ name: field, in: "body", index: i + 1 });
  });
  return slots;
}

/**
 * Seeded ids for a slot: a path id from the list the model says it names (under the ids chosen so
 * far); a body id from the collection the simulator looks it up in (the organization's, then the
 * project's, as `role_id` of a project role).
 */
async function candidates(
  sim: Simulator,
  operation: ModelOperation,
  slot: Slot,
  chosen: Map<string, string>,
): Promise<string[]> {
  if (slot.in === "path") {
    const list = byId.get(operation.pathParams.find((p) => p.name === slot.name)?.list ?? "");
    if (!list) return [];
    const answer = await sim.handle({ method: "GET", target: fill(list.path, chosen), headers });
    if (answer.status !== 200) return [];
    const items = (JSON.parse(answer.body) as { data: Record<string, unknown>[] }).data;
    return items
      .map((item) => item[slot.name] ?? item.id)
      .filter((id): id is string => typeof id === "string")
      .slice(0, CANDIDATES);
  }
  const noun = `${slot.name.slice(0, -3)}s`;
  const project = chosen.get("project_id");
  const keys = [`/organization/${noun}`, ...(project ? [`/projects/${project}/${noun}`] : [])];
  return keys.flatMap((key) =>
    Array.from(sim.org.existing(key)?.from() ?? [], (item) => item.id).slice(0, CANDIDATES),
  );
}

const fill = (path: string, ids: Map<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids.get(name) ?? ""));

/** Whether the operation, with the chosen ids and its example body, is answered with a 2xx. */
async function succeeds(sim: Simulator, operation: ModelOperation, chosen: Map<string, string>) {
  const example = operation.requestBody?.examples[0]?.value;
  const body = example && typeof example === "object" ? { ...(example as Record<string, unknown>) } : example;
  if (body && typeof body === "object") {
    for (const [name, id] of chosen) if (name in body) (body as Record<string, unknown>)[name] = id;
  }
  const answer = await sim.handle({
    method: operation.method.toUpperCase(),
    target: fill(operation.path, chosen),
    headers,
    body: body === undefined ? "" : JSON.stringify(body),
  });
  return answer.status < 300;
}
