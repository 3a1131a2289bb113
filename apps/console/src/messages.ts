// Every string the console shows. A French catalogue will sit beside `en` with the same type.
import type { Role } from './api.ts';

export const en = {
  appName: 'Vigie',
  appSubtitle: 'Analyst console',
  skipToContent: 'Skip to main content',
  loading: 'Loading…',
  tryAgain: 'Try again',
  titleSuffix: ' · Vigie',

  loginTitle: 'Sign in',
  loginIntro: 'Use the email address and password of your staff account.',
  emailLabel: 'Email address',
  passwordLabel: 'Password',
  continueButton: 'Continue',
  signInButton: 'Sign in',
  signingIn: 'Signing in…',
  totpTitle: 'Two-step verification',
  totpIntro: 'Enter the 6-digit code shown in your authenticator app.',
  totpLabel: '6-digit code',
  totpHint: 'The code changes every 30 seconds.',
  backToPassword: 'Use a different account',
  emailRequired: 'Enter your email address.',
  passwordRequired: 'Enter your password.',
  totpFormat: 'Enter the 6 digits from your authenticator app.',

  enrolTitle: 'Set up your account',
  enrolChecking: 'Checking your enrolment link…',
  enrolMissingToken: 'This enrolment link is incomplete. Open the full link your administrator gave you.',
  enrolAccountFor: 'Account',
  newPasswordTitle: '1. Choose a password',
  newPasswordLabel: 'New password',
  newPasswordHint: 'At least 12 characters. A few unrelated words make a strong password.',
  confirmPasswordLabel: 'Confirm the password',
  passwordTooShort: 'The password must have at least 12 characters.',
  passwordMismatch: 'The two passwords are not the same.',
  authenticatorTitle: '2. Add the account to your authenticator app',
  authenticatorIntro: 'Scan the QR code with your authenticator app, or type the secret key into it.',
  qrCodeLabel: 'QR code for your authenticator app',
  secretLabel: 'Secret key',
  copySecret: 'Copy secret key',
  copied: 'Secret key copied.',
  copyFailed: 'Could not copy: select the key and copy it by hand.',
  setupUriLabel: 'Setup link (otpauth)',
  confirmTitle: '3. Confirm',
  confirmIntro: 'Enter the 6-digit code that your app now shows for Vigie.',
  finishButton: 'Finish setup',
  finishing: 'Finishing…',

  homeTitle: 'Home',
  signedInAs: (email: string, role: string): string => `Signed in as ${email} (${role})`,
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  areasTitle: 'Coming next',
  areasIntro: 'These parts of the console are not available yet.',
  areaUnavailable: 'Not available yet',
  areas: ['Reports queue', 'Hash bank', 'Crawler', 'Notices', 'Blocklist', 'Statistics'],

  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address.',
  goHome: 'Go to the console home',

  roles: {
    administrator: 'administrator',
    supervisor: 'supervisor',
    analyst: 'analyst',
    verifier: 'verifier',
  } satisfies Record<Role, string>,

  errorTitle: 'There is a problem',
  errors: {
    AUTH_INVALID_CREDENTIALS: 'The email address or password is not right.',
    AUTH_TOTP_INVALID: 'That code is not right or has expired. Enter the code your app shows now.',
    AUTH_ENROLMENT_INCOMPLETE: 'Your account is not set up yet. Open the enrolment link your administrator gave you.',
    AUTH_ENROLMENT_NOT_FOUND:
      'This enrolment link is not valid: it may have been used already or have expired. Ask your administrator for a new one.',
    AUTH_PASSWORD_WEAK: 'This password is too weak or too common. Choose a longer one.',
    AUTH_REQUIRED: 'Your session has ended. Sign in again.',
    NETWORK_ERROR: 'The server could not be reached. Check your connection and try again.',
  } as Readonly<Record<string, string>>,
  lockedOut: (wait: string | null): string =>
    `Too many failed attempts: this account is locked for now. Try again ${wait === null ? 'later' : `in ${wait}`}.`,
  rateLimited: (wait: string | null): string =>
    `Too many attempts in a short time. Try again ${wait === null ? 'in a moment' : `in ${wait}`}.`,
  unexpectedError: (requestId: string | null): string =>
    requestId === null
      ? 'Something went wrong. Try again.'
      : `Something went wrong. Try again; if it keeps happening, give this reference to your administrator: ${requestId}.`,
  seconds: (n: number): string => (n === 1 ? '1 second' : `${n} seconds`),
  minutes: (n: number): string => (n === 1 ? '1 minute' : `${n} minutes`),
};

export type Messages = typeof en;
export const messages: Messages = en;
