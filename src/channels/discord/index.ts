export { createDiscordChannel, type DiscordOptions } from "./discord-channel.js";
export { DISCORD_COMMANDS } from "./discord-commands.js";
export { fromDirectMessage, fromInteraction } from "./discord-inbound.js";
export { DISCORD_TEXT_LIMIT, toDiscord } from "./discord-render.js";
