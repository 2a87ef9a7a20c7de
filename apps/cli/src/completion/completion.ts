// Shell completion scripts for bash, zsh and fish, generated from the manifest at run time so
// they always match the installed version: resources, verbs, flags and enum values, and the
// workflow commands (org, report, users offboard) from the flag lists they parse with.
import { acceptedFlags, commandFlags, type FlagDoc, globalFlags } from "../cli/global-flags.js";
import { UsageError } from "../cli/usage-error.js";
import { workflowCommands, workflowFamilies } from "../cli/workflows.js";
import { findResource, operations, resources } from "../manifest/lookup.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;

const BIN = "openai-admin";

/** A flag as completion sees it; an operation's field may answer to other names too. */
type Flag = FlagDoc & { aliases?: readonly string[] };

interface Command {
  /** The first words that reach it: a resource's short and official names, or `org`. */
  names: string[];
  verb: string;
  flags: Flag[];
  /** Operations take every global flag besides theirs; a workflow's list is all it takes. */
  withGlobals: boolean;
}

/** The names a first word is known by: a resource's two, or a workflow family's one. */
const namesOf = (word: string) => {
  const resource = findResource(word);
  return resource ? [resource.name, resource.fullName] : [word];
};

function commands(): Command[] {
  const ops = operations.map((op) => ({
    names: [op.resource, op.fullResource],
    verb: op.verb,
    flags: [
      ...op.fields.map((f) => ({
        name: f.flag,
        aliases: f.aliases,
        boolean: f.schema.type === "boolean",
        choices: (f.schema.enum ?? f.schema.items?.enum)?.map(String),
        description: f.description ?? f.name,
      })),
      ...commandFlags(op),
    ],
    withGlobals: true,
  }));
  const workflows = workflowCommands.map((c) => ({
    names: namesOf(c.words[0]),
    verb: c.words[1],
    flags: acceptedFlags(c),
    withGlobals: false,
  }));
  return [...ops, ...workflows];
}

/** Flags that take no value (and --no-*), so that the word after one is not skipped as its value. */
function booleanFlags(all: readonly Command[]): string[] {
  const flags = [...globalFlags, ...all.flatMap((c) => c.flags)].filter((f) => f.boolean);
  const shorts = flags.flatMap((f) => (f.short ? [`-${f.short}`] : []));
  return [...new Set([...flags.map((f) => `--${f.name}`), "--no-*", ...shorts])];
}

/**
 * Flags whose values can be completed, as shell `case` patterns over "<resource> <verb> <flag>":
 * each command's own first (`--role` means different roles in `invites create` and
 * `projects:users create`, `--format` other formats in `org export`), then global ones anywhere.
 */
function valueChoices(all: readonly Command[]): { patterns: string[]; values: readonly string[] }[] {
  const own = all.flatMap((c) =>
    c.flags.flatMap((f) =>
      f.choices && !globalFlags.includes(f)
        ? [
            {
              patterns: c.names.flatMap((n) =>
                [f.name, ...(f.aliases ?? [])].map((flag) => `"${n} ${c.verb} --${flag}"`),
              ),
              values: f.choices,
            },
          ]
        : [],
    ),
  );
  const global = globalFlags.flatMap((f) =>
    f.choices ? [{ patterns: [`*" --${f.name}"`], values: f.choices }] : [],
  );
  return [...own, ...global];
}

const firstWords = () => [
  ...resources.flatMap((r) => [r.name, r.fullName]),
  ...workflowFamilies.map((f) => f.name),
  "completion",
  "help",
];
const globals = () => globalFlags.map((f) => `--${f.name}`);

/** The verbs after each first word: a resource's operations and workflows, a family's commands. */
function verbsByFirstWord(): { names: string[]; verbs: string[] }[] {
  const workflowVerbs = (word: string) =>
    workflowCommands.filter((c) => c.words[0] === word).map((c) => c.words[1]);
  return [
    ...resources.map((r) => ({
      names: [r.name, r.fullName],
      verbs: [
        ...operations.filter((o) => o.resource === r.name).map((o) => o.verb),
        ...workflowVerbs(r.name),
      ],
    })),
    ...workflowFamilies.map((f) => ({ names: [f.name], verbs: workflowVerbs(f.name) })),
  ];
}

/** `"users list"|"admin:organization:users list"`, a case pattern for a command. */
const commandPattern = (c: Command) => c.names.map((n) => `"${n} ${c.verb}"`).join("|");
const flagWords = (c: Command) => c.flags.map((f) => `--${f.name}`).join(" ");

function bash(): string {
  const all = commands();
  const verbCases = verbsByFirstWord()
    .map((r) => `    ${r.names.join("|")}) words="${r.verbs.join(" ")}" ;;`)
    .join("\n");
  const flagCases = all
    .map((c) => `    ${commandPattern(c)}) words="${c.withGlobals ? "$words " : ""}${flagWords(c)}" ;;`)
    .join("\n");
  const valueCases = valueChoices(all)
    .map(
      ({ patterns, values }) =>
        `    ${patterns.join("|")}) COMPREPLY=($(compgen -W "${values.join(" ")}" -- "$cur")); return ;;`,
    )
    .join("\n");
  return `# bash completion for ${BIN}. Load with: source <(${BIN} completion bash)
_openai_admin() {
  local line="\${COMP_LINE:0:COMP_POINT}" cur="" prev="" words="" skip=0
  local -a tokens=() args=()
  read -ra tokens <<< "$line"
  [[ "$line" == *" " ]] || { cur="\${tokens[-1]}"; unset 'tokens[-1]'; }
  prev="\${tokens[-1]}"
  local t
  for t in "\${tokens[@]:1}"; do
    if (( skip )); then skip=0; continue; fi
    case "$t" in
      --*=*) ;;
      ${booleanFlags(all).join("|")}) ;;
      -*) skip=1 ;;
      *) args+=("$t") ;;
    esac
  done
  case "\${args[0]} \${args[1]} $prev" in
${valueCases}
  esac
  if (( \${#args[@]} == 0 )); then
    words="${firstWords().join(" ")}"
  elif [[ "\${args[0]}" == completion ]]; then
    words="${SHELLS.join(" ")}"
  elif (( \${#args[@]} == 1 )) && [[ "$cur" != -* ]]; then
    case "\${args[0]}" in
${verbCases}
    esac
  else
    words="${globals().join(" ")}"
    case "\${args[0]} \${args[1]}" in
${flagCases}
    esac
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
  # bash splits words at ':'; complete only the part after the last one.
  if [[ "$cur" == *:* && "$COMP_WORDBREAKS" == *:* ]]; then
    local prefix="\${cur%"\${cur##*:}"}" i
    for i in "\${!COMPREPLY[@]}"; do COMPREPLY[i]="\${COMPREPLY[i]#"$prefix"}"; done
  fi
}
complete -F _openai_admin ${BIN}
`;
}

function zsh(): string {
  const all = commands();
  const verbCases = verbsByFirstWord()
    .map((r) => `    ${r.names.join("|")}) cands=(${r.verbs.join(" ")}) ;;`)
    .join("\n");
  const flagCases = all
    .map((c) => `    ${commandPattern(c)}) cands${c.withGlobals ? "+" : ""}=(${flagWords(c)}) ;;`)
    .join("\n");
  const valueCases = valueChoices(all)
    .map(({ patterns, values }) => `    ${patterns.join("|")}) compadd -- ${values.join(" ")}; return ;;`)
    .join("\n");
  return `#compdef ${BIN}
# zsh completion for ${BIN}. Load with: source <(${BIN} completion zsh)
_openai_admin() {
  local -a args cands
  local t skip=0 cur="\${words[CURRENT]}" prev="\${words[CURRENT-1]}"
  for t in "\${(@)words[2,CURRENT-1]}"; do
    if (( skip )); then skip=0; continue; fi
    case "$t" in
      --*=*) ;;
      ${booleanFlags(all).join("|")}) ;;
      -*) skip=1 ;;
      *) args+=("$t") ;;
    esac
  done
  case "\${args[1]} \${args[2]} $prev" in
${valueCases}
  esac
  cands=()
  if (( \${#args} == 0 )); then
    cands=(${firstWords().join(" ")})
  elif [[ "\${args[1]}" == completion ]]; then
    cands=(${SHELLS.join(" ")})
  elif (( \${#args} == 1 )) && [[ "$cur" != -* ]]; then
    case "\${args[1]}" in
${verbCases}
    esac
  else
    cands=(${globals().join(" ")})
    case "\${args[1]} \${args[2]}" in
${flagCases}
    esac
  fi
  compadd -- "\${cands[@]}"
}
compdef _openai_admin ${BIN}
`;
}

function fish(): string {
  const all = commands();
  const quote = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  const is = (c: Command) => `__openai_admin_is ${quote(c.names.join(" "))} ${c.verb}`;
  const flagLine = (f: Flag, when?: string) => {
    const values = f.choices ? ` -xa ${quote(f.choices.join(" "))}` : f.boolean ? "" : " -r";
    return `complete -c ${BIN}${when ? ` -n ${quote(when)}` : ""} -l ${f.name}${values} -d ${quote(f.description)}`;
  };
  const lines = [
    `# fish completion for ${BIN}. Load with: ${BIN} completion fish | source`,
    "function __openai_admin_args",
    "    set -l out",
    "    set -l skip 0",
    "    for t in (commandline -opc)[2..-1]",
    "        if test $skip = 1",
    "            set skip 0",
    "            continue",
    "        end",
    "        switch $t",
    "            case '--*=*'",
    `            case ${booleanFlags(all)
      .map((f) => `'${f}'`)
      .join(" ")}`,
    "            case '-*'",
    "                set skip 1",
    "            case '*'",
    "                set -a out $t",
    "        end",
    "    end",
    // printf with no arguments still prints one (empty) line, which would count as an argument.
    "    test (count $out) -gt 0; and printf '%s\\n' $out",
    "end",
    "function __openai_admin_is",
    "    set -l args (__openai_admin_args)",
    "    test (count $args) -ge (count $argv); or return 1",
    "    for i in (seq (count $argv))",
    "        contains -- $args[$i] (string split ' ' -- $argv[$i]); or return 1",
    "    end",
    "end",
    `complete -c ${BIN} -f`,
    `complete -c ${BIN} -n 'test (count (__openai_admin_args)) -eq 0' -a ${quote(firstWords().join(" "))}`,
    `complete -c ${BIN} -n '__openai_admin_is completion' -a ${quote(SHELLS.join(" "))}`,
  ];
  for (const r of verbsByFirstWord()) {
    lines.push(
      `complete -c ${BIN} -n ${quote(`test (count (__openai_admin_args)) -eq 1; and __openai_admin_is ${quote(r.names.join(" "))}`)} -a ${quote(r.verbs.join(" "))}`,
    );
  }
  // fish offers every line whose condition holds: a global flag is held back from the workflow
  // commands that do not take it or have their own of that name.
  const workflows = all.filter((c) => !c.withGlobals);
  for (const f of globalFlags) {
    const without = workflows.filter((c) => !c.flags.includes(f)).map((c) => `not ${is(c)}`);
    lines.push(flagLine(f, without.join("; and ") || undefined));
  }
  for (const c of all) {
    const own = c.withGlobals ? c.flags : c.flags.filter((f) => !globalFlags.includes(f));
    for (const f of own) lines.push(flagLine(f, is(c)));
  }
  return `${lines.join("\n")}\n`;
}

export function completionScript(shell: string | undefined): string {
  switch (shell) {
    case "bash":
      return bash();
    case "zsh":
      return zsh();
    case "fish":
      return fish();
    default:
      throw new UsageError(
        shell === undefined
          ? `completion needs a shell: ${SHELLS.join(", ")}.`
          : `unknown shell "${shell}": choose ${SHELLS.join(", ")}.`,
      );
  }
}
