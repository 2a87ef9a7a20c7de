# Completes one command line in a real interactive zsh (in a pseudo-terminal, through zle and
# compinit, as a person pressing Tab) and writes the matches the completion system kept, one a
# line, to a file. Arguments: the completion script, the output file, the line to complete.
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "bindkey -e; autoload -U compinit; compinit -u -D; source ${(q)1}"
# compadd -O keeps what zsh itself would keep for the word being completed, without adding it.
zpty -w z "compadd() { local -a m; builtin compadd -O m \"\$@\"; print -rl -- \$m >> ${(q)2}; builtin compadd \"\$@\" }"
zpty -w z "functions -c _openai_admin _openai_admin_real; _openai_admin() { _openai_admin_real \"\$@\"; print -r -- __DONE__ >> ${(q)2} }"
zpty -w z "print -r -- __READY__ >> ${(q)2}"
# Typed ahead of compinit, the Tab would be lost: wait for the shell first, then for the completion.
for i in {1..400}; do grep -qx __READY__ $2 2>/dev/null && break; sleep 0.05; done
zpty -w -n z "$3"$'\t'
for i in {1..400}; do grep -qx __DONE__ $2 2>/dev/null && break; sleep 0.05; done
zpty -d z
grep -qx __DONE__ $2 || { print -u2 "zsh never completed: $3"; exit 1 }
