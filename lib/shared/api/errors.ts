/**
 * One error taxonomy for everything that can go wrong talking to Leady. The UI switches on `kind`;
 * `LeadyError` survives being sent between extension contexts via `toJSON`/`fromJSON`.
 */

export type LeadyErrorKind =
  /** api-token-get refused the e-mail/password (400 non_field_errors). */
  | 'bad-credentials'
  /** 401: token missing, invalid, expired or reset elsewhere. */
  | 'unauthorized'
  /** 403: the token is valid but may not do this. */
  | 'forbidden'
  /** 400 with field messages. */
  | 'validation'
  /** 429: wait `retryAfterSeconds` before sending to this scope again. */
  | 'throttled'
  | 'not-found'
  /** 5xx, including proxy HTML pages and empty bodies. */
  | 'server'
  /** The request never got an HTTP answer (offline, DNS, connection reset). */
  | 'network'
  | 'timeout'
  /** The response arrived but does not have the shape the contract promises. */
  | 'malformed'
  /** The caller cancelled (AbortSignal). */
  | 'aborted'
  /** No token is stored: the user has to sign in. */
  | 'signed-out';

export interface LeadyErrorData {
  kind: LeadyErrorKind;
  /** Endpoint name, e.g. "sessions.list". */
  endpoint: string;
  /** Developer-facing detail (not shown to users verbatim except `apiMessage`). */
  message: string;
  status?: number;
  /** The API's own human message (DRF `detail` or `non_field_errors[0]`). */
  apiMessage?: string;
  /** DRF field errors: `{ field: ["msg", …] }`. */
  fieldErrors?: Record<string, string[]>;
  retryAfterSeconds?: number;
}

export class LeadyError extends Error implements LeadyErrorData {
  readonly kind: LeadyErrorKind;
  readonly endpoint: string;
  readonly status?: number;
  readonly apiMessage?: string;
  readonly fieldErrors?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;

  constructor(data: LeadyErrorData, options?: { cause?: unknown }) {
    super(data.message, options);
    this.name = 'LeadyError';
    this.kind = data.kind;
    this.endpoint = data.endpoint;
    this.status = data.status;
    this.apiMessage = data.apiMessage;
    this.fieldErrors = data.fieldErrors;
    this.retryAfterSeconds = data.retryAfterSeconds;
  }

  toJSON(): LeadyErrorData {
    const { kind, endpoint, message, status, apiMessage, fieldErrors, retryAfterSeconds } = this;
    return { kind, endpoint, message, status, apiMessage, fieldErrors, retryAfterSeconds };
  }

  static fromJSON(data: LeadyErrorData): LeadyError {
    return new LeadyError(data);
  }
}

export function isLeadyError(value: unknown, kind?: LeadyErrorKind): value is LeadyError {
  return value instanceof LeadyError && (kind === undefined || value.kind === kind);
}
