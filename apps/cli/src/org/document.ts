// The organization document: the desired state `org export` writes and `org plan`/`org apply`
// read, keyed by emails and names. Its JSON Schema (generated/org.schema.json) is generated from
// the operation model; the document is checked against it before anything is read from the API.
import { parse, stringify } from "yaml";
import schema from "../../generated/org.schema.json" with { type: "json" };
import { UsageError } from "../cli/usage-error.js";

export const ORG_SCHEMA_URL: string = schema.$id;

export type OrgRole = "owner" | "reader";
export interface SpendLimit {
  threshold_amount: number;
  currency: string;
  interval: string;
}
export interface SpendAlert extends SpendLimit {
  notification_channel: { type: "email"; recipients: string[]; subject_prefix?: string | null };
}
export interface ModelPermissions {
  mode: "allow_list" | "deny_list";
  model_ids: string[];
}
export type RateLimit = Record<string, number>;

/** A custom role (of the organization, or of one project). */
export interface RoleDoc {
  name: string;
  description?: string | null;
  permissions: string[];
}

export interface ProjectDoc {
  name: string;
  status?: "active" | "archived";
  model_permissions?: ModelPermissions;
  spend_alerts?: SpendAlert[];
  spend_limit?: SpendLimit | null;
  data_retention?: string;
  rate_limits?: Record<string, RateLimit>;
  /** Custom roles of the project. */
  roles?: RoleDoc[];
  /** `roles`: custom project roles given to the member or group, by name (none when left out). */
  users?: { email: string; role: string; roles?: string[] }[];
  groups?: { name: string; roles?: string[] }[];
  service_accounts?: string[];
}

export interface OrgDocument {
  $schema?: string;
  /** `roles`: custom organization roles given to the user, by name (none when left out). */
  users?: { email: string; role: OrgRole; roles?: string[] }[];
  invites?: { email: string; role: OrgRole }[];
  roles?: RoleDoc[];
  groups?: { name: string; members?: string[]; roles?: string[] }[];
  projects?: ProjectDoc[];
  spend_limit?: SpendLimit | null;
  data_retention?: string;
}

/** Emails compare without case, as the API matches them. */
export const emailKey = (email: string) => email.trim().toLowerCase();

/** Reads a document (YAML or JSON) and checks it against the schema and its natural keys. */
export function readDocument(text: string, file: string): OrgDocument {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid YAML: ${(error as Error).message}`, { flag: "--file" });
  }
  const problems = check(value, schema as JsonSchema, "");
  const doc = (value ?? {}) as OrgDocument;
  if (problems.length === 0) problems.push(...duplicateKeys(doc));
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map((p) => `  ${p}`);
    if (problems.length > 10) shown.push(`  ... and ${problems.length - 10} more`);
    throw new UsageError(`${file} is not a valid organization document:\n${shown.join("\n")}`, {
      flag: "--file",
      hint: `The schema: ${ORG_SCHEMA_URL}`,
    });
  }
  return doc;
}

/** The document as YAML, `$schema` first so editors complete and check it. */
export function writeDocument(doc: OrgDocument, format: "yaml" | "json"): string {
  const ordered = { $schema: ORG_SCHEMA_URL, ...doc };
  return format === "json" ? `${JSON.stringify(ordered, null, 2)}\n` : stringify(ordered, { lineWidth: 0 });
}

function duplicateKeys(doc: OrgDocument): string[] {
  const problems: string[] = [];
  const unique = (where: string, keys: readonly string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(`${where}: "${key}" is listed twice`);
      seen.add(key);
    }
  };
  unique(
    "users",
    (doc.users ?? []).map((u) => emailKey(u.email)),
  );
  unique(
    "invites",
    (doc.invites ?? []).map((u) => emailKey(u.email)),
  );
  const members = new Set((doc.users ?? []).map((u) => emailKey(u.email)));
  for (const invite of doc.invites ?? []) {
    if (members.has(emailKey(invite.email)))
      problems.push(`invites: "${invite.email}" is also under users (a user not yet a member is invited)`);
  }
  unique(
    "roles",
    (doc.roles ?? []).map((r) => r.name),
  );
  unique(
    "groups",
    (doc.groups ?? []).map((g) => g.name),
  );
  unique(
    "projects",
    (doc.projects ?? []).map((p) => p.name),
  );
  for (const project of doc.projects ?? []) {
    const at = `projects[${project.name}]`;
    unique(
      `${at}.users`,
      (project.users ?? []).map((u) => emailKey(u.email)),
    );
    unique(
      `${at}.groups`,
      (project.groups ?? []).map((g) => g.name),
    );
    unique(
      `${at}.roles`,
      (project.roles ?? []).map((r) => r.name),
    );
    unique(`${at}.service_accounts`, project.service_accounts ?? []);
    unique(`${at}.spend_alerts`, (project.spend_alerts ?? []).map(alertKey));
  }
  return problems;
}

/** A spend alert has no name: its threshold, currency and interval are its key. */
export const alertKey = (alert: SpendLimit) =>
  `${alert.threshold_amount} ${alert.currency}/${alert.interval}`;

// --- a small checker for the generated schema's subset of JSON Schema

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  minLength?: number;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function check(value: unknown, schema: JsonSchema, at: string): string[] {
  const where = at || "the document";
  if (schema.anyOf) {
    const results = schema.anyOf.map((s) => check(value, s, at));
    return results.some((r) => r.length === 0) ? [] : (results.find((r) => r.length > 0) ?? []);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === "integer" && types.includes("number")))
      return [`${where}: must be ${types.join(" or ")}, got ${JSON.stringify(value)}`];
  }
  if (schema.const !== undefined && value !== schema.const)
    return [`${where}: must be ${JSON.stringify(schema.const)}`];
  if (schema.enum && !schema.enum.includes(value))
    return [`${where}: must be one of ${schema.enum.join(", ")}, got ${JSON.stringify(value)}`];
  if (typeof value === "string") {
    if (schema.format === "email" && !EMAIL.test(value))
      return [`${where}: must be an email address, got ${JSON.stringify(value)}`];
    if (schema.minLength !== undefined && value.length < schema.minLength)
      return [`${where}: must not be empty`];
  }
  if (typeof value === "number" && schema.minimum !== undefined && value < schema.minimum)
    return [`${where}: must be at least ${schema.minimum}`];
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    return value.flatMap((item, i) => check(item, items, `${at}[${i}]`));
  }
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    const problems = (schema.required ?? [])
      .filter((name) => object[name] === undefined)
      .map((name) => `${where}: ${name} is required`);
    for (const [name, member] of Object.entries(object)) {
      const child = `${at ? `${at}.` : ""}${name}`;
      const own = schema.properties?.[name];
      if (own) problems.push(...check(member, own, child));
      else if (schema.additionalProperties === false) problems.push(`${where}: unknown field "${name}"`);
      else if (typeof schema.additionalProperties === "object")
        problems.push(...check(member, schema.additionalProperties, child));
    }
    return problems;
  }
  return [];
}
