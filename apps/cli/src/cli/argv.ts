// The command line's flags, read by Node's own parser (`node:util` parseArgs: no dependency, and
// about 1 ms on its first call, against ~7 ms to load and run commander): `--flag value`,
// `--flag=value`, `-o value`, repeated flags, `--` to end flags. On top of it, what parseArgs
// leaves to its callers: `--no-flag` for booleans (Node 20 has no `allowNegative`), true/false
// values, and unknown flags refused with a did-you-mean. It knows nothing about operations;
// callers pass the flags that exist.
import { createRequire } from "node:module";
import { didYouMean } from "./suggest.js";
import { UsageError } from "./usage-error.js";

// Required, not imported: an ESM import of node:util reads every export, and on Node 22 and later
// some load worker_threads when read (nodejs/node#59686). require() leaves them unread.
const { parseArgs } = createRequire(import.meta.url)("node:util") as typeof import("node:util");

export interface FlagSpec {
  name: string;
  /** Takes no value: `--flag` is true, `--no-flag` (or `--flag=false`) is false. */
  boolean?: boolean;
  /** One letter: `-y`. */
  short?: string;
}

export interface ParsedArgs {
  positionals: string[];
  /** Raw values in order of appearance; boolean flags hold "true"/"false". */
  flags: Map<string, string[]>;
}

const TRUE = new Set(["true", "1", "yes"]);
const FALSE = new Set(["false", "0", "no"]);

/**
 * One dash and more than one letter (`-yh`, `-ojson`), or a number (`-5`). parseArgs would split
 * the letters into flags; here a number is an argument and anything else an unknown flag, and
 * neither takes the next word as its value. They reach parseArgs blanked, as plain arguments.
 */
const notShortFlag = (arg: string) =>
  arg.length > 1 && arg[0] === "-" && arg[1] !== "-" && (arg.length > 2 || /\d/.test(arg[1] as string));

export function parseArgv(argv: readonly string[], specs: readonly FlagSpec[], strict = true): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short, s]));
  const options: Record<string, { type: "boolean" | "string"; short?: string }> = {};
  for (const spec of byName.values()) options[spec.name] = { type: spec.boolean ? "boolean" : "string" };
  for (const [short, spec] of byShort) {
    const option = options[spec.name];
    if (option) option.short = short;
  }
  const { tokens } = parseArgs({
    args: argv.map((arg) => (notShortFlag(arg) ? "" : arg)),
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string) => {
    const list = flags.get(name);
    if (list) list.push(value);
    else flags.set(name, [value]);
  };
  let ended = false;
  for (const token of tokens) {
    if (token.kind === "option-terminator") {
      ended = true;
      continue;
    }
    // Values are read back from argv by position: parseArgs saw the blanked ones.
    const raw = argv[token.index] as string;
    if (token.kind === "positional") {
      if (ended || !notShortFlag(raw) || /^-\d/.test(raw)) positionals.push(raw);
      else if (strict) throw new UsageError(`unknown flag ${raw}.`, { flag: raw });
      continue;
    }
    let name = token.name;
    if (!raw.startsWith("--")) {
      const spec = byShort.get(raw.slice(1));
      if (!spec) {
        if (!strict) continue;
        throw new UsageError(`unknown flag ${raw}.`, { flag: raw });
      }
      name = spec.name;
    }
    let spec = byName.get(name);
    let negated = false;
    if (!spec && name.startsWith("no-")) {
      const positive = byName.get(name.slice(3));
      if (positive?.boolean) {
        spec = positive;
        negated = true;
      }
    }
    if (!spec) {
      if (!strict) continue;
      const suggestion = didYouMean(name, [...byName.keys()], (s) => `--${s}`);
      throw new UsageError(`unknown flag --${name}.${suggestion}`, { flag: `--${name}` });
    }
    const inline = token.inlineValue ? token.value : undefined;
    if (spec.boolean) {
      let value = negated ? "false" : "true";
      if (inline !== undefined) {
        const v = inline.toLowerCase();
        if (!TRUE.has(v) && !FALSE.has(v)) {
          throw new UsageError(`--${spec.name} takes no value or true/false, got "${inline}".`, {
            flag: `--${spec.name}`,
          });
        }
        value = TRUE.has(v) !== negated ? "true" : "false";
      }
      add(spec.name, value);
      continue;
    }
    const value = inline ?? (token.value === undefined ? undefined : argv[token.index + 1]);
    if (value === undefined) {
      throw new UsageError(`--${spec.name} needs a value.`, { flag: `--${spec.name}` });
    }
    add(spec.name, value);
  }
  return { positionals, flags };
}

/** The last value given for a flag (later flags override earlier ones). */
export function last(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.at(-1);
}

export function isSet(args: ParsedArgs, name: string): boolean {
  return last(args, name) === "true";
}
