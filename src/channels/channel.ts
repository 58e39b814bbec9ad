import type {
  EngineResult,
  InboundMessage,
  OutboundMessage,
  PushSender,
  StoredOutbound,
} from "../core/index.js";

/** A webhook call as the HTTP edge hands it over: headers and the exact bytes received. */
export interface WebhookRequest {
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
}

export interface WebhookResponse {
  status: number;
  body?: unknown;
}

export interface Webhook {
  path: string;
  handle(request: WebhookRequest): Promise<WebhookResponse>;
}

/** What a channel may ask of the rest of Dari: the engine, and a logger. */
export interface ChannelContext {
  handle(inbound: InboundMessage): Promise<EngineResult>;
  deliver(replies: StoredOutbound[], send: (message: OutboundMessage) => Promise<void>): Promise<void>;
  /** Delivers one turn's replies in a single platform call, recording each one's state. */
  deliverAll(
    replies: StoredOutbound[],
    sendAll: (messages: StoredOutbound[]) => Promise<void>,
  ): Promise<void>;
  log: {
    info(obj: object, msg?: string): void;
    warn(obj: object, msg?: string): void;
    error(obj: object, msg?: string): void;
  };
}

/** One chat platform: translates its events into core messages and core messages into its calls. */
export interface Channel {
  readonly name: string;
  readonly webhooks: Webhook[];
  /** Sends outside a reply: counselor messages, notices, the survey. */
  readonly push: PushSender;
  /** Posts a staff alert to a group chat or channel (urgent chat waiting), where supported. */
  readonly alert?: (destination: string, text: string) => Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function header(request: WebhookRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
