// A small argv parser: `--flag value`, `--flag=value`, `--no-flag`, repeated flags, `-h`/`-y`,
// `--` to end flags. It knows nothing about operations; callers pass the flags that exist.
import { didYouMean } from "./suggest.js";
import { UsageError } from "./usage-error.js";

export interface FlagSpec {
  name: string;
  /** Takes no value: `--flag` is true, `--no-flag` (or `--flag=false`) is false. */
  boolean?: boolean;
  short?: string;
}

export interface ParsedArgs {
  positionals: string[];
  /** Raw values in order of appearance; boolean flags hold "true"/"false". */
  flags: Map<string, string[]>;
}

const TRUE = new Set(["true", "1", "yes"]);
const FALSE = new Set(["false", "0", "no"]);

export function parseArgv(argv: readonly string[], specs: readonly FlagSpec[], strict = true): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short, s]));
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string) => {
    const list = flags.get(name);
    if (list) list.push(value);
    else flags.set(name, [value]);
  };

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token.length > 1 && token.startsWith("-") && !/^-\d/.test(token)) {
      let name: string;
      let inline: string | undefined;
      if (token.startsWith("--")) {
        const eq = token.indexOf("=");
        name = eq >= 0 ? token.slice(2, eq) : token.slice(2);
        inline = eq >= 0 ? token.slice(eq + 1) : undefined;
      } else {
        const spec = byShort.get(token.slice(1));
        if (!spec) {
          if (!strict) continue;
          throw new UsageError(`unknown flag ${token}.`, { flag: token });
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
      if (inline !== undefined) {
        add(spec.name, inline);
        continue;
      }
      const next = argv[i + 1];
      if (next === undefined) {
        throw new UsageError(`--${spec.name} needs a value.`, { flag: `--${spec.name}` });
      }
      add(spec.name, next);
      i++;
      continue;
    }
    positionals.push(token);
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
