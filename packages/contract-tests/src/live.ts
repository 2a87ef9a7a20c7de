// Against a live server the fixtures' ids do not exist: read real ones from list operations,
// and keep writes to the sandbox project (CONTRACT_PROJECT_ID) and to objects the run created.
import { type Case, NONEXISTENT_ID } from "./cases.js";
import { bodyOf, send } from "./send.js";
import type { Operation } from "./spec.js";
import type { Target } from "./target.js";
import type { RequestInput } from "./validate.js";

export class LiveIds {
  readonly #target: Target;
  readonly #byId: Map<string, Operation>;
  readonly #cache = new Map<string, Promise<unknown>>();
  /** The spend alert this run created; the only one it may update or delete. */
  createdAlertId: string | undefined;

  constructor(target: Target, operations: Operation[]) {
    this.#target = target;
    this.#byId = new Map(operations.map((op) => [op.operationId, op]));
  }

  /** The case's input with real ids (and, for writes, values that leave the project as it was); a string says why it must be skipped. */
  async resolve(c: Case): Promise<RequestInput | string> {
    const write = c.operation.method !== "get";
    const path: Record<string, unknown> = {};
    for (const parameter of c.operation.parameters.filter((p) => p.in === "path")) {
      const id =
        parameter.name === c.nonexistent
          ? NONEXISTENT_ID
          : await this.#id(parameter.name, c.operation, path, write);
      if (id === undefined) return `no ${parameter.name} to use on the live server`;
      path[parameter.name] = id;
    }
    const input: RequestInput = { ...c.input, path };
    if (write) {
      const body = await this.#unchangedBody(c.operation.operationId, path);
      if (body !== undefined) input.body = body;
      else if (this.#target.mode === "simulator") input.body = await this.#realIds(input.body);
    }
    return input;
  }

  /** Remembers what the run created, so later cases act on it and nothing else. */
  observe(c: Case, body: unknown): void {
    if (c.operation.operationId === "create-project-spend-alert") this.createdAlertId = idOf(body);
    if (c.operation.operationId === "delete-project-spend-alert") this.createdAlertId = undefined;
  }

  async #id(
    name: string,
    operation: Operation,
    path: Record<string, unknown>,
    write: boolean,
  ): Promise<string | undefined> {
    switch (name) {
      case "project_id":
        return this.#target.projectId ?? (write ? undefined : this.#first("list-projects", {}));
      case "alert_id":
        if (operation.path.startsWith("/organization/projects/") && (write || this.createdAlertId))
          return this.createdAlertId;
        break;
    }
    // Any other id: the first item of the list the model says the parameter names
    // (`/organization/groups/{group_id}` -> list-groups).
    const list = operation.pathParams.find((p) => p.name === name)?.list;
    return list ? this.#first(list, path, name) : undefined;
  }

  /**
   * Simulator: a body that names another object (`role_id`, `group_id`, `user_id`) names a real
   * one, so an assignment made by one case is there for the cases that read and remove it.
   */
  async #realIds(body: unknown): Promise<unknown> {
    if (!body || typeof body !== "object" || Array.isArray(body)) return body;
    const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
    for (const [key, value] of Object.entries(out)) {
      if (typeof value !== "string" || !key.endsWith("_id")) continue;
      const list = this.#topLevelList(key);
      const id = list ? await this.#first(list, {}) : undefined;
      if (id) out[key] = id;
    }
    return out;
  }

  /** The list of the objects a body's `key` (`role_id`) names: one that needs no path ids. */
  #topLevelList(key: string): string | undefined {
    for (const op of this.#byId.values()) {
      const list = op.pathParams.find((p) => p.name === key)?.list;
      if (list && this.#byId.get(list)?.pathParams.length === 0) return list;
    }
    return undefined;
  }

  // Updates on the sandbox project write back what is already there.
  async #unchangedBody(operationId: string, path: Record<string, unknown>): Promise<unknown> {
    const current = async (id: string) => this.#get(id, { project_id: path.project_id });
    switch (operationId) {
      case "modify-project": {
        const project = (await current("retrieve-project")) as { name?: string | null } | undefined;
        return project?.name ? { name: project.name } : undefined;
      }
      case "update-project-data-retention": {
        const retention = (await current("retrieve-project-data-retention")) as { type?: string } | undefined;
        return retention?.type ? { retention_type: retention.type } : undefined;
      }
      case "update-project-model-permissions": {
        const permissions = (await current("retrieve-project-model-permissions")) as
          | { mode?: string; model_ids?: string[] }
          | undefined;
        return permissions?.mode
          ? { mode: permissions.mode, model_ids: permissions.model_ids ?? [] }
          : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The first item's id; items that point at another object carry it as `<name>` (`group_id`). */
  async #first(
    operationId: string,
    path: Record<string, unknown>,
    name?: string,
  ): Promise<string | undefined> {
    const page = (await this.#get(operationId, path)) as { data?: unknown[] } | undefined;
    const item = page?.data?.[0] as Record<string, unknown> | undefined;
    const named = name ? item?.[name] : undefined;
    return typeof named === "string" ? named : idOf(item);
  }

  #get(operationId: string, path: Record<string, unknown>): Promise<unknown> {
    const key = `${operationId} ${JSON.stringify(path)}`;
    let pending = this.#cache.get(key);
    if (!pending) {
      const operation = this.#byId.get(operationId);
      pending = operation
        ? send(this.#target.client, operation, { path }).then((r) => (r.response.ok ? bodyOf(r) : undefined))
        : Promise.resolve(undefined);
      this.#cache.set(key, pending);
    }
    return pending;
  }
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : undefined;
}
