export { createLineChannel, type LineOptions } from "./line-channel.js";
export { fromLine } from "./line-inbound.js";
export { LINE_TEXT_LIMIT, toLine } from "./line-render.js";
