import type { messagingApi } from "@line/bot-sdk";
import type { Choice, OutboundMessage } from "../../core/index.js";
import { splitText } from "../split-text.js";

// LINE limits (https://developers.line.biz/en/reference/messaging-api/): text ≤ 5000 characters,
// ≤ 13 quick-reply items with labels ≤ 20 characters, postback data ≤ 300, ≤ 5 messages per reply.
export const LINE_TEXT_LIMIT = 5000;
export const LINE_MESSAGES_PER_REPLY = 5;
const QUICK_REPLY_ITEMS = 13;
const QUICK_LABEL = 20;
const FLEX_LABEL = 40;
const DISPLAY_TEXT = 300;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function postback(choice: Choice, labelMax: number): messagingApi.PostbackAction {
  return {
    type: "postback",
    label: cut(choice.label, labelMax),
    data: choice.value,
    displayText: cut(choice.label, DISPLAY_TEXT),
  };
}

function flexButtons(text: string, choices: Choice[]): messagingApi.FlexMessage {
  return {
    type: "flex",
    altText: cut(text, 400),
    contents: {
      type: "bubble",
      body: {
        type: "box",
        layout: "vertical",
        spacing: "sm",
        contents: [
          { type: "text", text, wrap: true },
          ...choices.map(
            (c): messagingApi.FlexButton => ({
              type: "button",
              style: "secondary",
              height: "sm",
              action: postback(c, FLEX_LABEL),
            }),
          ),
        ],
      },
    },
  };
}

/**
 * One core message → LINE message objects: text split at the limit; choices as quick replies on
 * the last piece, or as a Flex bubble of buttons when there are more than quick replies allow.
 */
export function toLine(message: OutboundMessage): messagingApi.Message[] {
  const choices = message.kind === "text" ? [] : (message.choices ?? []);
  if (choices.length > QUICK_REPLY_ITEMS && message.text.length <= 2000)
    return [flexButtons(message.text, choices)];
  const pieces = splitText(message.text, LINE_TEXT_LIMIT);
  return pieces.map((text, i): messagingApi.TextMessage => {
    const last = i === pieces.length - 1;
    if (!last || choices.length === 0) return { type: "text", text };
    return {
      type: "text",
      text,
      quickReply: {
        items: choices
          .slice(0, QUICK_REPLY_ITEMS)
          .map((c) => ({ type: "action", action: postback(c, QUICK_LABEL) })),
      },
    };
  });
}
