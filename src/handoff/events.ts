import type { Priority } from "../core/index.js";

/** What the console streams live. */
export type HandoffEvent =
  | { type: "chatWaiting"; conversationId: string; language: string; priority: Priority; reason: string }
  | { type: "chatClaimed"; conversationId: string; counselorId: string }
  | { type: "chatReleased"; conversationId: string; counselorId: string }
  | {
      type: "chatTransferred";
      conversationId: string;
      counselorId: string;
      to: { counselorId?: string; language?: string };
    }
  | { type: "messageIn"; conversationId: string; messageId: string }
  | { type: "messageOut"; conversationId: string; messageId: string; counselorId: string }
  | { type: "chatCancelled"; conversationId: string }
  | { type: "chatClosed"; conversationId: string; reason: string };

export type HandoffListener = (event: HandoffEvent & { at: Date }) => void;

/** A small in-process event bus; a listener that throws never stops the others. */
export class HandoffEvents {
  private readonly listeners = new Set<HandoffListener>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  subscribe(listener: HandoffListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: HandoffEvent, at: Date = new Date()): void {
    for (const listener of this.listeners) {
      try {
        listener({ ...event, at });
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}
