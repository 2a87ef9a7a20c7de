// The Administration API over the organization's state: one function from a recorded request to
// a reply. Every route's behaviour follows from its kind (routes.ts) and its examples (shape.ts);
// the few behaviours no path shape tells are written out below with the API's reason.
import type { ModelOperation } from "@openai-admin/spec";
import { errorBody, type Reply } from "../http/wire.js";
import type { Entity } from "../org/collection.js";
import { type Org, USERS_PATH } from "../org/org.js";
import { randomId } from "../org/seed.js";
import type { RecordedRequest } from "../record.js";
import { type ActivityRow, bucketPage } from "./buckets.js";
import { listPage } from "./paging.js";
import { itemTemplate, listRouteOf, type Route, routeOf, routes } from "./routes.js";
import { isObject, type Json, setPath, shape } from "./shape.js";
import { bodyProblem, normalizeQuery, queryProblem } from "./validate.js";

export interface ApiContext {
  org: Org;
  /** Unix seconds now. */
  now: () => number;
  /** The seeded activity usage and costs are summed from (made on first use). */
  activity: () => readonly ActivityRow[];
  /** A random source for new ids and secrets (seeded, so runs repeat). */
  random: () => number;
  /** Called after every change to the organization (persistence). */
  changed: () => void;
}

const isParam = (segment: string) => segment.startsWith("{");
const singular = (noun: string) => (noun.endsWith("s") ? noun.slice(0, -1) : noun);
/** Request fields named otherwise in the objects they set. */
const BODY_ALIASES: Record<string, string> = { role_name: "name", retention_type: "type" };
/** Audit-log event names of the collections whose name is not the event's. */
const EVENT_NOUNS: Record<string, string> = { admin_api_keys: "api_key", api_keys: "api_key" };
const PAGING = new Set(["after", "before", "limit", "order", "page"]);

const fail = (status: number, message: string, code: string | null, param: string | null = null): Reply => ({
  status,
  body: errorBody(message, "invalid_request_error", code, param),
});
const notFound = (what: string, param: string | null = null) =>
  fail(404, `No such ${what}.`, "not_found", param);

const documents = (op: ModelOperation, status: string) => op.responses.some((r) => r.status === status);
const successSchema = (op: ModelOperation) => op.responses.find((r) => r.status.startsWith("2"))?.schema;

function mapBody(body: unknown): Json {
  if (!isObject(body)) return {};
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [BODY_ALIASES[k] ?? k, v]));
}

function mergeDeep(target: Json, patch: Json): Json {
  const out: Json = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const old = out[key];
    out[key] = isObject(old) && isObject(value) ? mergeDeep(old, value) : value;
  }
  return out;
}

const auditEvents = new Set(
  ((
    (itemTemplateSchema("/organization/audit_logs")?.properties as Json | undefined)?.type as Json | undefined
  )?.enum as string[] | undefined) ?? [],
);
function itemTemplateSchema(path: string): Json | undefined {
  const op = routes.find((r) => r.kind === "list" && r.op.path === path)?.op;
  const data = (successSchema(op as ModelOperation)?.properties as Json | undefined)?.data as
    | Json
    | undefined;
  return data?.items as Json | undefined;
}

export class Api {
  constructor(private readonly ctx: ApiContext) {}

  handle(request: RecordedRequest): Reply {
    const { segments } = request;
    const route = routeOf(request.method, segments);
    if (route === undefined)
      return fail(404, `Unknown request URL: ${request.method} ${request.rawPath}.`, "unknown_url");
    if (route === "methodMismatch")
      return fail(405, `${request.method} is not allowed on ${request.rawPath}.`, "method_not_allowed");
    const query = normalizeQuery(request.query);
    const problem = queryProblem(route.op, query);
    if (problem) return fail(400, problem.message, "invalid_value", problem.param);
    let body: unknown;
    if (route.op.requestBody || request.method === "POST") {
      if (request.body.trim() !== "") {
        try {
          body = JSON.parse(request.body);
        } catch {
          return fail(400, "We could not parse the JSON body of your request.", "invalid_json");
        }
      }
      const rb = route.op.requestBody;
      if (rb && (body !== undefined || rb.required)) {
        const bad = bodyProblem(rb.schema, body);
        if (bad) return fail(documents(route.op, "422") ? 422 : 400, bad.message, "invalid_value", bad.param);
      }
    }
    const params = Object.fromEntries(
      route.template.flatMap((part, i) => (isParam(part) ? [[part.slice(1, -1), segments[i] ?? ""]] : [])),
    );
    const itemRoute = route.kind === "retrieve" || route.kind === "update" || route.kind === "delete";
    for (const [i, part] of route.template.entries()) {
      if (!isParam(part) || (itemRoute && i === route.template.length - 1)) continue;
      const key = `/${segments.slice(0, i).join("/")}`;
      if (!this.exists(key, segments[i] ?? ""))
        return notFound(singular(segments[i - 1] ?? "object"), part.slice(1, -1));
    }
    const context: Call = { route, segments, params, query, body, mapped: mapBody(body) };
    switch (route.kind) {
      case "list":
        return this.list(context);
      case "buckets": {
        const result = bucketPage(this.ctx.activity(), route.template200, query, this.ctx.now());
        return result.ok
          ? { status: 200, body: result.body }
          : fail(400, result.message, "invalid_value", result.param);
      }
      case "create":
        return this.create(context);
      case "retrieve":
        return this.retrieve(context);
      case "update":
        return this.update(context);
      case "delete":
        return this.remove(context);
      case "singleton-get":
        return this.singletonGet(context);
      case "singleton-update":
        return this.singletonUpdate(context);
      case "singleton-delete":
        return this.singletonDelete(context);
      case "action":
        return this.action(context);
    }
  }

  // --- the organization

  /** A collection's object, also under its `/organization` twin (`/projects/{id}/...` paths). */
  private find(key: string, id: string): Entity | undefined {
    return (
      this.ctx.org.existing(key)?.get(id) ??
      (key === "/projects" || key.startsWith("/projects/")
        ? this.ctx.org.existing(`/organization${key}`)?.get(id)
        : undefined)
    );
  }

  private exists(key: string, id: string): boolean {
    return this.find(key, id) !== undefined;
  }

  /** The object an `<noun>_id` names: in `/organization/<noun>`, else the nearest list of that noun on the path. */
  private resolve(noun: string, id: string, segments: string[]): Entity | undefined {
    const top = this.find(`/organization/${noun}`, id);
    if (top) return top;
    for (let k = segments.length - 1; k >= 1; k--) {
      const found = this.find(`/${segments.slice(0, k).join("/")}/${noun}`, id);
      if (found) return found;
    }
    return undefined;
  }

  private newId(template: unknown, fallback: string): string {
    const example = typeof template === "string" ? template : fallback;
    const prefix = /^(.*[_-])/.exec(example)?.[1] ?? `${fallback}_`;
    this.ctx.org.counter++;
    return randomId(this.ctx.random, prefix, 20);
  }

  private withSecrets(op: ModelOperation, body: unknown): unknown {
    for (const path of op.secrets) {
      setPath(body, path, (old) => {
        const prefix = typeof old === "string" ? (/^(sk-[a-z]+-)/.exec(old)?.[1] ?? "sk-") : "sk-";
        return randomId(this.ctx.random, prefix, 32);
      });
    }
    return body;
  }

  // --- lists

  private list({ route, segments, query }: Call): Reply {
    const key = `/${segments.join("/")}`;
    const collection = this.ctx.org.collection(key);
    const template = itemTemplate(route) ?? {};
    const schema = (successSchema(route.op)?.properties as Json | undefined)?.data as Json | undefined;
    const limitSchema = route.op.queryParams.find((p) => p.name === "limit")?.schema;
    const limit = query.limit?.[0] ? Number(query.limit[0]) : Number(limitSchema?.default ?? 20);
    const filters: ((e: Entity) => boolean)[] = [];
    for (const [name, values] of Object.entries(query)) {
      if (PAGING.has(name) || name === "include_archived") continue;
      const all = values.flatMap((v) => v.split(","));
      if (name in template) filters.push((e) => all.includes(String(e[name])));
      else if (singular(name) in template) filters.push((e) => all.includes(String(e[singular(name)])));
    }
    if ("archived_at" in template && query.include_archived?.[0] !== "true") {
      filters.push((e) => e.status !== "archived");
    }
    if (route.op.path === "/organization/audit_logs") filters.push(auditFilter(query));
    const result = listPage(collection, {
      style: route.op.cursor === "next" ? "next" : "last_id",
      after: query.after?.[0],
      limit,
      filter: (e) => filters.every((f) => f(e)),
      present: (e) => shape(template, e, schema?.items as Json | undefined),
    });
    return result.ok
      ? { status: 200, body: result.body }
      : fail(400, result.message, "invalid_cursor", result.param);
  }

  // --- objects

  private create(call: Call): Reply {
    const { route, segments, params, mapped } = call;
    const op = route.op;
    const key = `/${segments.join("/")}`;
    const collection = this.ctx.org.collection(key);
    const noun = segments.at(-1) ?? "";
    const listTemplate = itemTemplate(listRouteOf(route.template)) ?? route.template200;
    const refs: Json = {};
    const prefixed: Json = {};
    let memberId: string | undefined;
    let member: Entity | undefined;
    for (const [field, value] of Object.entries(mapped)) {
      if (!field.endsWith("_id") || typeof value !== "string") continue;
      const refNoun = `${field.slice(0, -3)}s`;
      const found = this.resolve(refNoun, value, segments);
      if (!found) return notFound(field.slice(0, -3), field);
      refs[field.slice(0, -3)] = found;
      for (const [k, v] of Object.entries(found)) prefixed[`${field.slice(0, -3)}_${k}`] = v;
      if (refNoun === noun) {
        memberId = value;
        member = found;
      }
    }
    const conflict = documents(op, "409") ? 409 : 400;
    if (memberId !== undefined && collection.has(memberId)) {
      return fail(
        conflict,
        `${singular(noun)} ${memberId} is already in ${key}.`,
        "already_exists",
        `${singular(noun)}_id`,
      );
    }
    if (memberId === undefined && documents(op, "409")) {
      const duplicate = this.duplicateOf(key, mapped);
      if (duplicate) return fail(409, duplicate.message, "already_exists", duplicate.param);
    }
    const now = this.ctx.now();
    const id = memberId ?? this.newId(listTemplate.id ?? route.template200.id, singular(noun));
    const times: Json = {};
    for (const field of ["created_at", "added_at", "updated_at"])
      if (field in listTemplate) times[field] = now;
    // The create example gives defaults (an invite is `pending`), but no example list items.
    const t = Object.fromEntries(
      Object.entries(route.template200).map(([k, v]) => [k, Array.isArray(v) ? [] : v]),
    ) as Json;
    if (typeof t.expires_at === "number" && typeof t.created_at === "number")
      times.expires_at = now + (t.expires_at - t.created_at);
    const itemSchema = (
      (successSchema(listRouteOf(route.template)?.op ?? op)?.properties as Json | undefined)?.data as
        | Json
        | undefined
    )?.items as Json | undefined;
    const entity = shape(
      listTemplate,
      { ...t, ...params, ...prefixed, ...member, ...mapped, ...times, id },
      itemSchema,
    ) as Entity;
    collection.put(id, entity);
    if (key === "/organization/projects") this.defaultRateLimits(id);
    const parent = this.parentOf(route, segments);
    const sources = {
      ...entity,
      ...params,
      ...mapped,
      ...(parent ? { [parent.noun]: parent.entity } : {}),
      ...refs,
      id,
    };
    const response = this.withSecrets(op, shape(t, sources, successSchema(op)));
    this.record(route, segments, "create", id, mapped);
    return { status: 200, body: response };
  }

  /** A new project has the API's default rate limits, one per model (the spec's list example). */
  private defaultRateLimits(projectId: string): void {
    const list = routes.find(
      (r) => r.kind === "list" && r.op.path === "/organization/projects/{project_id}/rate_limits",
    );
    const data = list?.template200.data;
    if (!Array.isArray(data)) return;
    const limits = this.ctx.org.collection(`/organization/projects/${projectId}/rate_limits`);
    for (const limit of structuredClone(data) as Entity[]) limits.put(String(limit.id), limit);
  }

  /** The 409 a create meets: an email already invited or a member, a name already taken. */
  private duplicateOf(key: string, mapped: Json): { message: string; param: string } | undefined {
    const collection = this.ctx.org.collection(key);
    if (typeof mapped.email === "string") {
      const email = mapped.email.toLowerCase();
      for (const { entity } of collection.from()) {
        if (
          String(entity.email).toLowerCase() === email &&
          (entity.status === undefined || entity.status === "pending")
        )
          return { message: `${mapped.email} already has a pending invite.`, param: "email" };
      }
      for (const { entity } of this.ctx.org.collection(USERS_PATH).from()) {
        if (String(entity.email).toLowerCase() === email)
          return { message: `${mapped.email} is already a member of the organization.`, param: "email" };
      }
    }
    if (typeof mapped.name === "string") {
      for (const { entity } of collection.from()) {
        if (entity.name === mapped.name)
          return { message: `The name '${mapped.name}' is already taken.`, param: "name" };
      }
    }
    return undefined;
  }

  /** The object a nested path belongs to (`users/{user_id}/roles` → that user), by singular noun. */
  private parentOf(route: Route, segments: string[]): { noun: string; entity: Entity } | undefined {
    for (let i = route.template.length - 1; i >= 1; i--) {
      if (!isParam(route.template[i] ?? "") || i === route.template.length - 1) continue;
      const noun = segments[i - 1] ?? "";
      const entity = this.resolve(noun, segments[i] ?? "", segments.slice(0, i));
      return entity ? { noun: singular(noun), entity } : undefined;
    }
    return undefined;
  }

  private item(segments: string[]): { key: string; id: string; entity: Entity | undefined } {
    const key = `/${segments.slice(0, -1).join("/")}`;
    const id = segments.at(-1) ?? "";
    return { key, id, entity: this.find(key, id) };
  }

  private retrieve({ route, segments, params }: Call): Reply {
    const { id, entity } = this.item(segments);
    if (!entity) return notFound(singular(segments.at(-2) ?? "object"), null);
    const parent = this.parentOf(route, segments);
    const sources = { ...params, ...(parent ? { [parent.noun]: parent.entity } : {}), ...entity, id };
    return { status: 200, body: shape(route.template200, sources, successSchema(route.op)) };
  }

  private update({ route, segments, params, mapped }: Call): Reply {
    const { key, id, entity } = this.item(segments);
    if (!entity) return notFound(singular(segments.at(-2) ?? "object"), null);
    // The API refuses to change an archived project.
    if (entity.status === "archived" && documents(route.op, "409")) {
      return fail(
        409,
        `${singular(segments.at(-2) ?? "object")} ${id} is archived and cannot be changed.`,
        "archived",
      );
    }
    const updated = mergeDeep(entity, mapped);
    this.collectionOf(key).put(id, updated);
    this.record(route, segments, "update", id, mapped);
    return {
      status: 200,
      body: shape(route.template200, { ...params, ...updated, id }, successSchema(route.op)),
    };
  }

  private collectionOf(key: string) {
    const org = this.ctx.org;
    return (key === "/projects" || key.startsWith("/projects/")) && !org.existing(key)
      ? org.collection(`/organization${key}`)
      : org.collection(key);
  }

  private remove({ route, segments }: Call): Reply {
    const { key, id, entity } = this.item(segments);
    if (!entity) return notFound(singular(segments.at(-2) ?? "object"), null);
    // An accepted invite is a membership now: the API refuses to delete it.
    if (entity.status === "accepted" && documents(route.op, "409")) {
      return fail(409, `Invite ${id} was already accepted.`, "invite_accepted");
    }
    this.collectionOf(key).remove(id);
    this.cascade(key, segments.at(-2) ?? "", id);
    this.record(route, segments, "delete", id, {});
    return { status: 200, body: shape(route.template200, { id, deleted: true }, successSchema(route.op)) };
  }

  /**
   * What goes with a deleted object: the lists under it, and, for an organization-level object,
   * its memberships elsewhere (a deleted user leaves every project and group, a deleted role is
   * unassigned everywhere, a deleted group leaves its projects).
   */
  private cascade(key: string, noun: string, id: string): void {
    const org = this.ctx.org;
    const under = [
      `${key}/${id}/`,
      key.startsWith("/organization/projects/") ? `${key.slice(13)}/${id}/` : `/organization${key}/${id}/`,
    ];
    const everywhere = key === `/organization/${noun}`;
    for (const [other, collection] of org.collections) {
      if (
        under.some((prefix) => other.startsWith(prefix)) ||
        (everywhere && other.includes(`/${noun}/${id}/`))
      ) {
        org.collections.delete(other);
      } else if (everywhere && other.endsWith(`/${noun}`) && other !== key) collection.remove(id);
    }
    for (const other of [...org.singletons.keys()]) {
      if (under.some((prefix) => other.startsWith(prefix))) org.singletons.delete(other);
    }
  }

  // --- one object per parent

  /** The GET example a singleton starts as, until set or deleted. */
  private singletonOf(key: string, route: Route): Entity | null {
    const value = this.ctx.org.singletons.get(key);
    if (value !== undefined) return value;
    const getRoute = routes.find((r) => r.kind === "singleton-get" && r.op.path === route.op.path);
    return structuredClone(getRoute?.template200 ?? route.template200);
  }

  private singletonGet({ route, segments }: Call): Reply {
    const value = this.singletonOf(`/${segments.join("/")}`, route);
    if (value === null) return notFound(singular(segments.at(-1) ?? "object").replace(/_/g, " "));
    return { status: 200, body: shape(route.template200, value, successSchema(route.op)) };
  }

  private singletonUpdate({ route, segments, mapped }: Call): Reply {
    const key = `/${segments.join("/")}`;
    const updated = mergeDeep(this.singletonOf(key, route) ?? structuredClone(route.template200), mapped);
    this.ctx.org.singletons.set(key, updated);
    this.record(route, segments, "update", segments.at(-1) ?? "", mapped);
    return { status: 200, body: shape(route.template200, updated, successSchema(route.op)) };
  }

  private singletonDelete({ route, segments }: Call): Reply {
    const key = `/${segments.join("/")}`;
    if (this.singletonOf(key, route) === null)
      return notFound(singular(segments.at(-1) ?? "object").replace(/_/g, " "));
    this.ctx.org.singletons.set(key, null);
    this.record(route, segments, "delete", segments.at(-1) ?? "", {});
    return { status: 200, body: shape(route.template200, { deleted: true }, successSchema(route.op)) };
  }

  // --- actions

  private action({ route, segments, mapped }: Call): Reply {
    const verb = segments.at(-1) ?? "";
    const schema = successSchema(route.op);
    if (verb === "archive") {
      const { key, id, entity } = this.item(segments.slice(0, -1));
      if (!entity) return notFound(singular(segments.at(-3) ?? "object"));
      if (entity.status === "archived") return fail(409, `${id} is already archived.`, "already_archived");
      const archived = { ...entity, status: "archived", archived_at: this.ctx.now() };
      this.collectionOf(key).put(id, archived);
      this.record(route, segments, "archive", id, {});
      return { status: 200, body: shape(route.template200, archived, schema) };
    }
    if (verb === "activate" || verb === "deactivate") {
      const ids = Array.isArray(mapped.certificate_ids) ? (mapped.certificate_ids as string[]) : [];
      const target = this.ctx.org.collection(`/${segments.slice(0, -1).join("/")}`);
      const changed: Entity[] = [];
      for (const id of ids) {
        const certificate = target.get(id) ?? this.find("/organization/certificates", id);
        if (!certificate) return notFound("certificate", "certificate_ids");
        const updated = { ...certificate, active: verb === "activate" };
        target.put(id, updated);
        changed.push(updated);
      }
      this.record(route, segments, verb, ids.join(","), {});
      return { status: 200, body: shape(route.template200, { data: changed }, schema) };
    }
    return { status: 200, body: route.template200 };
  }

  // --- the audit log

  /** Appends the audit-log entry of a change, named as the API names its events. */
  private record(route: Route, segments: string[], verb: string, id: string, mapped: Json): void {
    const org = this.ctx.org;
    const projectIndex = segments.indexOf("projects");
    const projectId = projectIndex >= 0 ? segments[projectIndex + 1] : undefined;
    const project = projectId ? this.find("/organization/projects", projectId) : undefined;
    const collectionNoun =
      route.kind === "create" ? segments.at(-1) : route.kind === "action" ? segments.at(-2) : segments.at(-2);
    const noun = EVENT_NOUNS[collectionNoun ?? ""] ?? singular(collectionNoun ?? "");
    const nested = segments.length > 3 && route.template.slice(0, -1).some(isParam);
    const past: Record<string, string> = {
      create: "created",
      update: "updated",
      delete: "deleted",
      archive: "archived",
    };
    let type = `${noun}.${past[verb] ?? `${verb}d`}`;
    if (noun === "invite" && verb === "create") type = "invite.sent";
    if (noun === "user" && verb === "create") type = "user.added";
    if (noun === "role" && nested && (verb === "create" || verb === "delete"))
      type = `role.assignment.${past[verb]}`;
    if (noun === "certificate" && (verb === "activate" || verb === "deactivate"))
      type = `certificates.${verb}d`;
    if (!auditEvents.has(type)) type = project ? "project.updated" : "organization.updated";
    const data = Object.fromEntries(Object.entries(mapped).filter(([, v]) => typeof v === "string"));
    const owner = org.collection(USERS_PATH).from().next().value?.entity;
    const entryId = `audit_log_${String(++org.counter).padStart(8, "0")}`;
    org.collection("/organization/audit_logs").put(entryId, {
      id: entryId,
      type,
      effective_at: this.ctx.now(),
      ...(project ? { project: { id: project.id, name: project.name } } : {}),
      actor: {
        type: "api_key",
        api_key: {
          id: "key_simulator",
          type: "user",
          user: { id: String(owner?.id ?? "user_unknown"), email: String(owner?.email ?? "") },
        },
      },
      [type]: {
        id: type.startsWith("project.") && project ? String(project.id) : id,
        ...(Object.keys(data).length ? { data } : {}),
      },
    });
    this.ctx.changed();
  }
}

interface Call {
  route: Route;
  segments: string[];
  params: Record<string, string>;
  query: Record<string, string[]>;
  body: unknown;
  mapped: Json;
}

/** The audit log's filters: time bounds, projects, event types, actors and resources. */
function auditFilter(query: Record<string, string[]>): (e: Entity) => boolean {
  const bound = (op: string) =>
    query[`effective_at[${op}]`]?.[0] === undefined ? undefined : Number(query[`effective_at[${op}]`]?.[0]);
  const [gt, gte, lt, lte] = [bound("gt"), bound("gte"), bound("lt"), bound("lte")];
  const list = (name: string) => query[name]?.flatMap((v) => v.split(","));
  const projects = list("project_ids");
  const types = list("event_types");
  const actorIds = list("actor_ids");
  const actorEmails = list("actor_emails");
  const resources = list("resource_ids");
  return (e) => {
    const at = e.effective_at as number;
    if ((gt !== undefined && !(at > gt)) || (gte !== undefined && !(at >= gte))) return false;
    if ((lt !== undefined && !(at < lt)) || (lte !== undefined && !(at <= lte))) return false;
    if (projects && !projects.includes(String((e.project as Json | undefined)?.id))) return false;
    if (types && !types.includes(String(e.type))) return false;
    const actor = (e.actor ?? {}) as Json;
    const session = (actor.session ?? {}) as Json;
    const key = (actor.api_key ?? {}) as Json;
    const user = (session.user ?? key.user ?? {}) as Json;
    if (actorIds && !actorIds.some((id) => id === user.id || id === key.id)) return false;
    if (actorEmails && !actorEmails.includes(String(user.email))) return false;
    if (resources && !resources.includes(String((e[String(e.type)] as Json | undefined)?.id))) return false;
    return true;
  };
}
