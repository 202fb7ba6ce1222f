/**
 * Stable error codes shared by the library, the CLI, the HTTP API and the store.
 * A code never changes meaning once released; messages are for people and may improve.
 */
export const ERROR_CODES = {
  E_EMPTY_INPUT: 'the input holds no article text',
  E_NOT_TEXT: 'the input is not text (binary data or invalid UTF-8)',
  E_BAD_JSON: 'a JSON line could not be parsed',
  E_BAD_INPUT: 'the input object does not follow the input contract',
  E_TOO_LARGE: 'the input is larger than the configured limit',
  E_NO_ARTICLE: 'no article body could be found in the page',
  E_HTML_TOO_DEEP: 'the HTML is nested deeper than the configured limit',
  E_TIMEOUT: 'the analysis of one article took longer than its time budget',
  E_IO: 'a file could not be read',
  E_USAGE: 'the command was called wrongly',
  E_PIPELINE: 'a pipeline stage broke its contract',
  E_STORE: 'the database cannot be opened, read or written (locked, read-only, corrupt or of a newer version)',
  E_QUEUE: 'the job queue (Redis) cannot be reached or used',
  E_NOT_FOUND: 'the article, event, actor or endpoint asked for does not exist',
  E_UNAUTHORIZED: 'a write endpoint was called without the configured token',
  E_MODEL: 'a model or resource file is missing, corrupt or does not match this version',
  E_INTERNAL: 'an unexpected internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error with a stable code; `item` names the input it belongs to (file, line or id) when known. */
export class RasdError extends Error {
  readonly code: ErrorCode;
  readonly item: string | undefined;
  constructor(code: ErrorCode, message: string, options: { item?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RasdError';
    this.code = code;
    this.item = options.item;
  }
  /** The `{code, message}` shape used in output lines and API answers. */
  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Turns anything thrown into a RasdError (unknown errors become E_INTERNAL, without stack). */
export function toRasdError(err: unknown, item?: string): RasdError {
  if (err instanceof RasdError) return err;
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return new RasdError('E_HTML_TOO_DEEP', 'the input is nested too deeply to process', { item, cause: err });
  }
  const msg = err instanceof Error ? err.message : String(err);
  return new RasdError('E_INTERNAL', `internal error: ${msg}`, { item, cause: err });
}

/** A database or queue address with its password replaced by `***`, for messages and summaries. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}
