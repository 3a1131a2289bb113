import { defineErrors } from '../platform/errors.ts';

export const AccessError = defineErrors({
  AUTH_REQUIRED: { status: 401, message: 'Sign in or present an API key.', retry: 'permanent' },
  AUTH_FORBIDDEN: { status: 403, message: 'Your role or key may not do this.', retry: 'permanent' },
  AUTH_SCOPE_REQUIRED: { status: 403, message: 'This API key lacks the scope this needs.', retry: 'permanent' },
  AUTH_CSRF_INVALID: { status: 403, message: 'Missing or wrong CSRF token.', retry: 'permanent' },
  AUTH_INVALID_CREDENTIALS: { status: 401, message: 'Wrong email or password.', retry: 'permanent' },
  AUTH_TOTP_REQUIRED: { status: 401, message: 'Enter the code from your authenticator app.', retry: 'permanent' },
  AUTH_TOTP_INVALID: { status: 401, message: 'That code is not valid; try the current one.', retry: 'permanent' },
  AUTH_LOCKED: {
    status: 423,
    message: 'Too many failed sign-ins; the account is locked for a while.',
    retry: 'retry-later',
  },
  AUTH_ENROLMENT_INCOMPLETE: {
    status: 403,
    message: 'Finish enrolment with your one-time link first.',
    retry: 'permanent',
  },
  AUTH_ENROLMENT_NOT_FOUND: {
    status: 404,
    message: 'This enrolment link is unknown, used or expired.',
    retry: 'permanent',
  },
  AUTH_PASSWORD_WEAK: { status: 400, message: 'Choose a password of at least 12 characters.', retry: 'permanent' },
  AUTH_APIKEY_INVALID: { status: 401, message: 'The API key is not valid.', retry: 'permanent' },
  ACCESS_USER_EXISTS: { status: 409, message: 'A user with this email exists.', retry: 'permanent' },
  ACCESS_SELF_CHANGE: {
    status: 409,
    message: 'You may not disable or reset your own account; ask another administrator.',
    retry: 'permanent',
  },
  ACCESS_ROLE_UNKNOWN: { status: 400, message: 'Unknown role.', retry: 'permanent' },
  ACCESS_SCOPE_UNKNOWN: { status: 400, message: 'Unknown API key scope.', retry: 'permanent' },
});
export type AccessError = InstanceType<typeof AccessError>;
