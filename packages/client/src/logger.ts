import { redact } from "./redact.js";

/** Receives one line per attempt and retry; any console-like object fits. Never receives the key. */
export interface Logger {
  debug?(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}

export type Log = (level: keyof Logger, message: string, details: Record<string, unknown>) => void;

/** A log function that scrubs the key from every message and string detail before the logger sees it. */
export function redactingLog(logger: Logger | undefined, secret: string): Log {
  return (level, message, details) => {
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
}
