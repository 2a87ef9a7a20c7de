import { redact } from "./redact.js";

/** Receives one line per attempt and retry; any console-like object fits. Never receives the key. */
export interface Logger {
  debug?(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}

export interface Log {
  (level: keyof Logger, message: string, details: Record<string, unknown>): void;
  /** Whether `level` goes anywhere, so a line nobody reads is never built (most clients have no logger). */
  wants(level: keyof Logger): boolean;
}

/** A log function that scrubs the key from every message and string detail before the logger sees it. */
export function redactingLog(logger: Logger | undefined, secret: string): Log {
  const log = (level: keyof Logger, message: string, details: Record<string, unknown>) => {
    const write = logger?.[level];
    if (!write) return;
    const clean = Object.fromEntries(
      Object.entries(details).map(([key, value]) => [
        key,
        typeof value === "string" ? redact(value, secret) : value,
      ]),
    );
    write.call(logger, redact(message, secret), clean);
  };
  return Object.assign(log, { wants: (level: keyof Logger) => !!logger?.[level] });
}
