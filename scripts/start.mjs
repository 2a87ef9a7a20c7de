// placeholder until the CLI lands
console.log("openai-admin: the CLI is not built yet");
