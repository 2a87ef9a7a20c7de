// Assembles and checks everything an operation needs (path ids, query, body) from the command
// line, before any request: every problem found here exits 2 with nothing sent.
import type { ParsedArgs } from "../cli/argv.js";
import { didYouMean } from "../cli/suggest.js";
import { UsageError } from "../cli/usage-error.js";
import type { Field, Operation } from "../manifest/types.js";
import { coerce } from "./coerce.js";
import { readData } from "./data.js";
import { validate } from "./validate.js";

export interface RequestInput {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body?: Record<string, unknown>;
}

const placeholder = (field: Field) => `<${field.flag}>`;

/** The usage line's arguments: `<user-id> <role-id>`. */
export function positionalUsage(op: Operation): string {
  return op.fields
    .filter((f) => f.in === "path")
    .map(placeholder)
    .join(" ");
}

function pathInput(op: Operation, args: ParsedArgs, ids: readonly string[]): Record<string, string> {
  const pathFields = op.fields.filter((f) => f.in === "path");
  if (ids.length > pathFields.length) {
    const extra = ids[pathFields.length];
    const expected =
      pathFields.length === 0 ? "no arguments" : `${pathFields.length} (${positionalUsage(op)})`;
    throw new UsageError(`unexpected argument "${extra}": ${op.resource} ${op.verb} takes ${expected}.`);
  }
  const out: Record<string, string> = {};
  pathFields.forEach((field, i) => {
    const fromFlag = args.flags.get(field.flag)?.at(-1);
    const positional = ids[i];
    if (fromFlag !== undefined && positional !== undefined && fromFlag !== positional) {
      throw new UsageError(
        `${placeholder(field)} given twice: "${positional}" and --${field.flag} "${fromFlag}".`,
        {
          flag: `--${field.flag}`,
        },
      );
    }
    const value = positional ?? fromFlag;
    if (value === undefined) {
      throw new UsageError(
        `missing ${placeholder(field)}: give it as argument ${i + 1} or as --${field.flag}.`,
        { flag: `--${field.flag}` },
      );
    }
    const problems = validate(value, field.schema);
    if (problems.length > 0)
      throw new UsageError(`--${field.flag}: ${problems[0]}.`, { flag: `--${field.flag}` });
    out[field.name] = value;
  });
  return out;
}

/** Every value given for the field, under its own flag or one of its aliases. */
function rawValues(field: Field, args: ParsedArgs): string[] | undefined {
  const given = [field.flag, ...(field.aliases ?? [])].flatMap((name) => args.flags.get(name) ?? []);
  return given.length > 0 ? given : undefined;
}

function checkField(field: Field, value: unknown, source: string): void {
  const problems = validate(value, field.schema);
  if (problems.length > 0) {
    const flag = source === "--data" ? "--data" : `--${field.flag}`;
    const where = source === "--data" ? `${flag}: ${field.name}` : flag;
    const first = problems[0] as string;
    throw new UsageError(`${where}${first.startsWith("[") ? "" : ": "}${first.replace(/\.$/, "")}.`, {
      flag,
    });
  }
}

function describeRequired(field: Field): string {
  const values = field.schema.enum ? ` (one of ${field.schema.enum.join(", ")})` : "";
  return `missing required flag --${field.flag}${values}${field.description ? `: ${field.description}` : "."}`;
}

export async function buildInput(
  op: Operation,
  args: ParsedArgs,
  ids: readonly string[],
  stdin: NodeJS.ReadableStream,
): Promise<RequestInput> {
  const path = pathInput(op, args, ids);

  const query: Record<string, unknown> = {};
  for (const field of op.fields.filter((f) => f.in === "query")) {
    const raws = rawValues(field, args);
    if (raws === undefined) {
      if (field.required) throw new UsageError(describeRequired(field), { flag: `--${field.flag}` });
      continue;
    }
    const value = coerce(field, raws);
    checkField(field, value, "flag");
    if (field.member === undefined) query[field.name] = value;
    else query[field.name] = { ...(query[field.name] as object | undefined), [field.member]: value };
  }

  if (!op.hasBody) return { path, query };

  const bodyFields = op.fields.filter((f) => f.in === "body");
  const dataSpec = args.flags.get("data")?.at(-1);
  const data = dataSpec === undefined ? {} : await readData(dataSpec, stdin);
  const known = new Map(bodyFields.map((f) => [f.name, f]));
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = known.get(key);
    if (!field) {
      const hint = didYouMean(key, known.keys());
      throw new UsageError(`--data: ${key} is not a field of this request.${hint}`, { flag: "--data" });
    }
    checkField(field, value, "--data");
    body[key] = value;
  }
  for (const field of bodyFields) {
    const raws = rawValues(field, args);
    if (raws === undefined) continue;
    const value = coerce(field, raws);
    checkField(field, value, "flag");
    body[field.name] = value;
  }
  for (const field of bodyFields) {
    if (field.required && body[field.name] === undefined) {
      throw new UsageError(describeRequired(field), { flag: `--${field.flag}` });
    }
  }
  if (op.verb === "update" && Object.keys(body).length === 0 && bodyFields.length > 0) {
    // An empty update is a no-op at best; more likely a flag was mistyped or forgotten.
    const flags = bodyFields.map((f) => `--${f.flag}`).join(", ");
    throw new UsageError(`nothing to update: give at least one of ${flags} (or --data).`);
  }
  return { path, query, body };
}
