import type { Decision } from "./decision.js";
import { LOCALES, type Locale, NATIVE_NAMES } from "./locales.js";
import type { Choice, OutboundMessage } from "./messages.js";
import type { KnowledgeBase, QueueTicket, Translator } from "./ports.js";

export const TOPIC_GROUPS = ["visa", "labor", "medical", "life"] as const;
const MAX_MENU_ENTRIES = 10;

interface RenderContext {
  locale: Locale;
  now: Date;
  knowledge: KnowledgeBase;
  t: Translator["t"];
}

function languageChoices(): Choice[] {
  return LOCALES.map((l) => ({ label: NATIVE_NAMES[l], value: `lang:${l}` }));
}

function menu(ctx: RenderContext, group?: string): OutboundMessage {
  const { t, locale } = ctx;
  if (group) {
    const entries = ctx.knowledge.entriesInGroup(group, locale).slice(0, MAX_MENU_ENTRIES);
    if (entries.length > 0) {
      return {
        kind: "choices",
        text: t(locale, `menu.${group}`),
        choices: [
          ...entries.map((e) => ({ label: e.question, value: `entry:${e.entryId}` })),
          { label: t(locale, "menu.human"), value: "human" },
        ],
      };
    }
  }
  return {
    kind: "choices",
    text: t(locale, "menu.intro"),
    choices: [
      ...TOPIC_GROUPS.map((g) => ({ label: t(locale, `menu.${g}`), value: `menu:${g}` })),
      { label: t(locale, "menu.human"), value: "human" },
      { label: t(locale, "menu.language"), value: "language" },
    ],
  };
}

function queueNotice(ctx: RenderContext, ticket: QueueTicket): OutboundMessage[] {
  const { t, locale } = ctx;
  const cancel: Choice[] = [{ label: t(locale, "handoff.cancelButton"), value: "cancel" }];
  if (!ticket.open) {
    return [
      {
        kind: "notice",
        notice: "afterHours",
        text: [
          t(locale, "handoff.finding"),
          t(locale, "afterHours.message", { hours: ticket.hours ?? "", backAt: ticket.backAt ?? "" }),
          t(locale, "afterHours.lines"),
          t(locale, "handoff.keepWriting"),
        ].join("\n\n"),
        choices: cancel,
      },
    ];
  }
  const position =
    ticket.position <= 1
      ? t(locale, "handoff.positionNext")
      : t(locale, "handoff.position", { position: ticket.position });
  const wait =
    ticket.estimatedWaitMinutes === null
      ? t(locale, "handoff.waitShortly")
      : t(locale, "handoff.wait", { minutes: ticket.estimatedWaitMinutes });
  return [
    {
      kind: "notice",
      notice: "handoff",
      text: [
        t(locale, "handoff.finding"),
        `${position} ${wait}`,
        t(locale, "handoff.keepWriting"),
        t(locale, "handoff.cancelHint"),
      ].join("\n"),
      choices: cancel,
    },
  ];
}

function answer(ctx: RenderContext, entryId: string): OutboundMessage[] {
  const { t, locale } = ctx;
  const found = ctx.knowledge.answer(entryId, locale);
  if (!found) return [menu(ctx)];
  const parts = [found.answer];
  if (found.validUntil && found.validUntil.getTime() < ctx.now.getTime()) {
    parts.push(
      t(locale, "answer.stale", {
        date: found.reviewedAt.toISOString().slice(0, 10),
        where: found.checkWith,
      }),
    );
  }
  if (found.personalCase) parts.push(t(locale, "answer.personalCase"));
  return [
    { kind: "text", text: parts.join("\n\n") },
    {
      kind: "choices",
      text: t(locale, "answer.helpfulPrompt"),
      choices: [
        { label: t(locale, "answer.helpfulYes"), value: "feedback:yes" },
        { label: t(locale, "answer.helpfulNo"), value: "feedback:no" },
        { label: t(locale, "menu.human"), value: "human" },
      ],
    },
  ];
}

/** Turns a decision into the messages the resident sees, in their language. */
export function render(decision: Decision, ctx: RenderContext): OutboundMessage[] {
  const { t, locale } = ctx;
  switch (decision.type) {
    case "duplicate":
      return [];
    case "answer":
      return answer(ctx, decision.entryId);
    case "clarify": {
      const choices = decision.candidates.flatMap((c) => {
        const found = ctx.knowledge.answer(c.entryId, locale);
        return found ? [{ label: found.question, value: `entry:${c.entryId}` }] : [];
      });
      choices.push({ label: t(locale, "clarify.none"), value: "human" });
      return [{ kind: "choices", text: t(locale, "clarify.prompt"), choices }];
    }
    case "retry":
      return [{ kind: "text", text: t(locale, "clarify.retry") }, menu(ctx)];
    case "handover":
      return queueNotice(ctx, decision.ticket);
    case "emergency": {
      const out: OutboundMessage[] = [
        { kind: "notice", notice: "emergency", text: t(locale, "emergency.message") },
      ];
      if (decision.ticket)
        out.push({ kind: "notice", notice: "handoff", text: t(locale, "emergency.urgentQueued") });
      return out;
    }
    case "smalltalk":
      return [{ kind: "text", text: t(locale, `smalltalk.${decision.smalltalk}`) }];
    case "welcome":
      return [
        { kind: "text", text: `${t(locale, "greeting")}\n\n${t(locale, "consent")}` },
        { kind: "choices", text: t(locale, "pickLanguage"), choices: languageChoices() },
      ];
    case "menu":
      return [menu(ctx, decision.group)];
    case "languageMenu":
      return [{ kind: "choices", text: t(locale, "pickLanguage"), choices: languageChoices() }];
    case "languageChanged":
      return [
        { kind: "text", text: t(decision.locale, "languageChanged") },
        menu({ ...ctx, locale: decision.locale }),
      ];
    case "relayed":
      if (decision.status === "active" || !decision.ticket) return [];
      return [{ kind: "text", text: t(locale, "handoff.alreadyWaiting") }];
    case "cancelled":
      return [{ kind: "text", text: t(locale, "handoff.cancelled") }];
    case "feedback":
      return decision.helpful
        ? [{ kind: "text", text: t(locale, "answer.thanksFeedback") }]
        : [
            {
              kind: "choices",
              text: t(locale, "answer.sorryFeedback"),
              choices: [{ label: t(locale, "menu.human"), value: "human" }],
            },
          ];
    case "surveyRating":
      return [
        {
          kind: "choices",
          text: t(locale, "survey.commentPrompt"),
          choices: [{ label: t(locale, "survey.skip"), value: "survey:skip" }],
        },
      ];
    case "surveyComment":
      return [{ kind: "text", text: t(locale, "survey.thanks") }];
    case "unsupported":
      return [{ kind: "text", text: t(locale, "attachments.unsupported") }];
  }
}

/** The survey question sent when a counselor closes a chat. */
export function surveyPrompt(locale: Locale, t: Translator["t"]): OutboundMessage {
  return {
    kind: "notice",
    notice: "survey",
    text: t(locale, "survey.prompt"),
    choices: [1, 2, 3, 4, 5].map((n) => ({ label: String(n), value: `survey:${n}` })),
  };
}
