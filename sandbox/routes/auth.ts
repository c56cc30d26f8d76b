/**
 * api-token-get (DRF's ObtainAuthToken with an e-mail field) and api-token-reset. Field errors use
 * DRF's CharField messages; wrong credentials give the serializer's non_field_errors message.
 */
import type { RouteDef } from '../api/context';
import { ApiError, type FieldErrors, REQUIRED } from '../http/api-error';

/** DRF CharField: numbers are coerced, other non-strings refused; `trim` strips whitespace first. */
function charField(value: unknown, trim: boolean): { value?: string; error?: string } {
  if (value === undefined) return { error: REQUIRED };
  if (value === null) return { error: 'This field may not be null.' };
  if (typeof value !== 'string' && typeof value !== 'number') return { error: 'Not a valid string.' };
  const text = trim ? String(value).trim() : String(value);
  if (text === '') return { error: 'This field may not be blank.' };
  return { value: text };
}

export const authRoutes: RouteDef[] = [
  {
    pattern: 'api-token-get/',
    scope: 'auth',
    auth: false,
    methods: {
      POST: (ctx) => {
        // AuthTokenSerializer declares the password with trim_whitespace=False.
        const email = charField(ctx.data.email, true);
        const password = charField(ctx.data.password, false);
        const errors: FieldErrors = {};
        if (email.error) errors.email = [email.error];
        if (password.error) errors.password = [password.error];
        if (Object.keys(errors).length > 0) throw new ApiError(400, errors);
        const userId = ctx.app.state.checkCredentials(email.value ?? '', password.value ?? '');
        if (userId === null) {
          throw new ApiError(400, { non_field_errors: ['Unable to log in with provided credentials.'] });
        }
        return { status: 200, body: { token: ctx.app.state.tokens.getOrCreate(userId) } };
      },
    },
  },
  {
    pattern: 'api-token-reset/',
    scope: 'auth',
    auth: true,
    methods: {
      POST: (ctx) => ({ status: 200, body: { token: ctx.app.state.tokens.reset(ctx.userId ?? 0) } }),
    },
  },
];
