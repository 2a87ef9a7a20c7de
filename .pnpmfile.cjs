// pnpm prints a banner (`> openai-admin-monorepo@ start …`) on stdout before every script, so
// `pnpm start -- users list | jq` broke on it. `pnpm start` (scripts/start.mjs) is the CLI run from
// a clone and must print what the CLI prints: for it alone, pnpm's reporter is made silent (the
// CLI's own output, errors and exit code are untouched). Every other pnpm command keeps its output.
module.exports = {
  hooks: {
    updateConfig(config) {
      const words = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
      const isStart =
        words[0] === "start" || ((words[0] === "run" || words[0] === "run-script") && words[1] === "start");
      return isStart ? { ...config, reporter: "silent" } : config;
    },
  },
};
