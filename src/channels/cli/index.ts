export { CliChannel } from "./cli-channel.js";
export { renderForTerminal } from "./cli-render.js";
