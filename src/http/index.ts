// Public surface of the HTTP layer.
export type { HttpClient, HttpMethod, HttpRequest, HttpResponse } from './types.js';
export { createHttpClient, type HttpClientOptions } from './client.js';
export {
  bearerAuth,
  bearerFromResponse,
  headerAuth,
  sessionAuth,
  type AuthStrategy,
  type RawSender,
  type SessionAuthOptions,
} from './auth.js';
export { HttpError, type HttpErrorKind } from './errors.js';
export { redact, REDACTED } from './redact.js';
export { extractApiMessage } from './api-message.js';
