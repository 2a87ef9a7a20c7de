// Shell completion scripts for bash, zsh and fish, generated from the manifest at run time so
// they always match the installed version: resources, verbs, flags and enum values.
import { commandFlags, FORMATS, globalFlags } from "../cli/global-flags.js";
import { UsageError } from "../cli/usage-error.js";
import { operations, resources } from "../manifest/lookup.js";
import type { Operation } from "../manifest/types.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;

const BIN = "openai-admin";

interface CommandFlags {
  /** Resource names, short and official, that reach this command. */
  names: string[];
  verb: string;
  flags: string[];
}

function flagsOf(op: Operation): string[] {
  return [...op.fields.map((f) => f.flag), ...commandFlags(op).map((f) => f.name)];
}

function booleanFlags(): string[] {
  const names = new Set<string>();
  for (const f of globalFlags) if (f.boolean) names.add(f.name);
  for (const op of operations) {
    for (const f of commandFlags(op)) if (f.boolean) names.add(f.name);
    for (const f of op.fields) if (f.schema.type === "boolean") names.add(f.flag);
  }
  return [...names];
}

function commands(): CommandFlags[] {
  return operations.map((op) => ({
    names: [op.resource, op.fullResource],
    verb: op.verb,
    flags: flagsOf(op),
  }));
}

/**
 * Flags whose values can be completed, as shell `case` patterns over "<resource> <verb> <flag>":
 * --format anywhere, and each command's enum fields (`--role` means different roles in
 * `invites create` and `projects:users create`).
 */
function valueChoices(): { patterns: string[]; values: string[] }[] {
  const out: { patterns: string[]; values: string[] }[] = [
    { patterns: ['*" --format"'], values: [...FORMATS] },
  ];
  for (const op of operations) {
    for (const f of op.fields) {
      const values = f.schema.enum ?? f.schema.items?.enum;
      if (!values) continue;
      const patterns = [op.resource, op.fullResource].flatMap((r) =>
        [f.flag, ...(f.aliases ?? [])].map((flag) => `"${r} ${op.verb} --${flag}"`),
      );
      out.push({ patterns, values: values.map(String) });
    }
  }
  return out;
}

const allResources = () => resources.flatMap((r) => [r.name, r.fullName]);
const globals = () => globalFlags.map((f) => `--${f.name}`);
const verbsByResource = () =>
  resources.map((r) => ({
    names: [r.name, r.fullName],
    verbs: operations.filter((o) => o.resource === r.name).map((o) => o.verb),
  }));

function bash(): string {
  const verbCases = verbsByResource()
    .map((r) => `    ${r.names.join("|")}) words="${r.verbs.join(" ")}" ;;`)
    .join("\n");
  const flagCases = commands()
    .map(
      (c) =>
        `    ${c.names.map((n) => `"${n} ${c.verb}"`).join("|")}) words="$words ${c.flags.map((f) => `--${f}`).join(" ")}" ;;`,
    )
    .join("\n");
  const valueCases = valueChoices()
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
      ${booleanFlags()
        .map((f) => `--${f}`)
        .join("|")}|-h|-y) ;;
      -*) skip=1 ;;
      *) args+=("$t") ;;
    esac
  done
  case "\${args[0]} \${args[1]} $prev" in
${valueCases}
  esac
  if (( \${#args[@]} == 0 )); then
    words="${allResources().join(" ")} completion help"
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
  const verbCases = verbsByResource()
    .map((r) => `    ${r.names.join("|")}) cands=(${r.verbs.join(" ")}) ;;`)
    .join("\n");
  const flagCases = commands()
    .map(
      (c) =>
        `    ${c.names.map((n) => `"${n} ${c.verb}"`).join("|")}) cands+=(${c.flags.map((f) => `--${f}`).join(" ")}) ;;`,
    )
    .join("\n");
  const valueCases = valueChoices()
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
      ${booleanFlags()
        .map((f) => `--${f}`)
        .join("|")}|-h|-y) ;;
      -*) skip=1 ;;
      *) args+=("$t") ;;
    esac
  done
  case "\${args[1]} \${args[2]} $prev" in
${valueCases}
  esac
  cands=()
  if (( \${#args} == 0 )); then
    cands=(${allResources().join(" ")} completion help)
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
  const quote = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
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
    `            case ${booleanFlags()
      .map((f) => `'--${f}'`)
      .join(" ")} -h -y`,
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
    `complete -c ${BIN} -n 'test (count (__openai_admin_args)) -eq 0' -a ${quote([...allResources(), "completion", "help"].join(" "))}`,
    `complete -c ${BIN} -n '__openai_admin_is completion' -a ${quote(SHELLS.join(" "))}`,
  ];
  for (const r of verbsByResource()) {
    lines.push(
      `complete -c ${BIN} -n ${quote(`test (count (__openai_admin_args)) -eq 1; and __openai_admin_is ${quote(r.names.join(" "))}`)} -a ${quote(r.verbs.join(" "))}`,
    );
  }
  for (const f of globalFlags) {
    const choices = f.name === "format" ? ` -xa ${quote(FORMATS.join(" "))}` : f.boolean ? "" : " -r";
    lines.push(`complete -c ${BIN} -l ${f.name}${choices} -d ${quote(f.description)}`);
  }
  for (const op of operations) {
    const when = `__openai_admin_is ${quote([op.resource, op.fullResource].join(" "))} ${op.verb}`;
    for (const f of op.fields) {
      const values = f.schema.enum ?? f.schema.items?.enum;
      const choices = values ? ` -xa ${quote(values.join(" "))}` : f.schema.type === "boolean" ? "" : " -r";
      lines.push(
        `complete -c ${BIN} -n ${quote(when)} -l ${f.flag}${choices} -d ${quote(f.description ?? f.name)}`,
      );
    }
    for (const f of commandFlags(op)) {
      lines.push(
        `complete -c ${BIN} -n ${quote(when)} -l ${f.name}${f.boolean ? "" : " -r"} -d ${quote(f.description)}`,
      );
    }
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
