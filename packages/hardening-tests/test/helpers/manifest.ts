// The CLI's commands, from the operation model (@openai-admin/spec), so the suites cover every
// command the CLI has, including ones added after these tests were written. Each command's example
// is the one its `--help` shows, run as a user would copy it.
import { spawnSync } from "node:child_process";
import type { CursorStyle } from "@openai-admin/spec";
import { model } from "@openai-admin/spec/model";
import { cliBinary } from "./cli.js";

export interface CliOperation {
  operationId: string;
  resource: string;
  verb: string;
  method: string;
  path: string;
  destructive: boolean;
  pagination: CursorStyle | null;
  /** A working command line from the spec's examples, without the binary name. */
  example: string[];
}

export function cliOperations(): CliOperation[] {
  return model.operations.map((op) => ({
    operationId: op.operationId,
    resource: op.cli.resource,
    verb: op.cli.verb,
    method: op.method.toUpperCase(),
    path: op.path,
    destructive: op.destructive,
    pagination: op.cursor ?? null,
    example: helpExample(op.cli.resource, op.cli.verb),
  }));
}

/** The `Example (from the spec):` line of a command's `--help`, split as a POSIX shell would. */
function helpExample(resource: string, verb: string): string[] {
  const help = spawnSync(process.execPath, [cliBinary, resource, verb, "--help"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
  });
  // The example ends at the blank line after it; a quoted value (a PEM certificate) may span lines.
  const line = /Example \(from the spec\):\n\s*\$ ([\s\S]+?)\n\n/.exec(help.stdout)?.[1];
  if (help.status !== 0 || !line) {
    throw new Error(
      `openai-admin ${resource} ${verb} --help shows no example:\n${help.stdout}${help.stderr}`,
    );
  }
  return shellWords(line).slice(1);
}

/** Words of a command line quoted the way the CLI's help quotes them: '...' and backslash escapes. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === " ") {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end === -1) throw new Error(`unbalanced quote in example: ${line}`);
      word = (word ?? "") + line.slice(i + 1, end);
      i = end;
    } else if (c === "\\") {
      word = (word ?? "") + (line[++i] ?? "");
    } else word = (word ?? "") + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Path segments the example's ids should produce, e.g. ["organization", "users", "user_abc"]. */
export function expectedSegments(op: CliOperation, ids: string[]): string[] {
  let k = 0;
  return op.path
    .split("/")
    .slice(1)
    .map((segment) => (segment.startsWith("{") ? (ids[k++] ?? "") : segment));
}

/** The positional ids of an example (the arguments after resource and verb, before the first flag). */
export function exampleIds(op: CliOperation): string[] {
  const rest = op.example.slice(2);
  const firstFlag = rest.findIndex((a) => a.startsWith("-"));
  return firstFlag === -1 ? rest : rest.slice(0, firstFlag);
}
