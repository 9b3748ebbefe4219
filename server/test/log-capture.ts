import { logger, onLogLine } from '../src/lib/logger.js';

export interface LogCapture {
  /** Every line logged since the capture started, parsed. */
  lines(): Record<string, unknown>[];
  /** Every line logged since the capture started, as written. */
  text(): string;
  stop(): void;
}

/**
 * Records what the server logs (the tests' config silences the log): raises the
 * level to `level` until stop(), so a test can read what an operator would see.
 */
export function captureLogs(level = 'debug'): LogCapture {
  const raw: string[] = [];
  const before = logger.level;
  logger.level = level;
  const off = onLogLine((line) => raw.push(line));
  return {
    lines: () =>
      raw
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    text: () => raw.join(''),
    stop: () => {
      off();
      logger.level = before;
    },
  };
}
