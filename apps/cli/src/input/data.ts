// `--data`: the whole request body inline, from a file (@file) or from stdin (- or @-), as JSON
// or YAML. YAML is parsed only when the text is not JSON, so the common case loads no parser.
import { readFile } from "node:fs/promises";
import { UsageError } from "../cli/usage-error.js";

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

export async function readData(spec: string, stdin: NodeJS.ReadableStream): Promise<Record<string, unknown>> {
  const flag = "--data";
  let text: string;
  let source = "";
  if (spec === "-" || spec === "@-") {
    text = await readStdin(stdin);
    source = " (stdin)";
  } else if (spec.startsWith("@")) {
    const file = spec.slice(1);
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      throw new UsageError(`${flag}: cannot read ${file}${code ? ` (${code})` : ""}.`, { flag });
    }
    source = ` (${file})`;
  } else {
    text = spec;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (jsonError) {
    const trimmed = text.trimStart();
    // Text that starts like JSON is meant as JSON: report the JSON error, not a YAML one.
    if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed === "") {
      const reason = jsonError instanceof Error ? jsonError.message : String(jsonError);
      throw new UsageError(`${flag}${source}: not valid JSON (${reason}).`, { flag });
    }
    const { parse } = await import("yaml");
    try {
      value = parse(text);
    } catch (yamlError) {
      const reason = yamlError instanceof Error ? yamlError.message.split("\n")[0] : String(yamlError);
      throw new UsageError(`${flag}${source}: not valid JSON or YAML (${reason}).`, { flag });
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UsageError(`${flag}${source}: the body must be a JSON or YAML object.`, { flag });
  }
  return value as Record<string, unknown>;
}
