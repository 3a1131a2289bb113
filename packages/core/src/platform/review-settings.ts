import { envReaders } from './env-readers.ts';

// Safe media review's installation defaults (VIGIE_REVIEW_*), parsed with the rest by config.ts.
// Supervisors may change the limits at run time (review_policy); these are what applies until then.

type Env = Readonly<Record<string, string | undefined>>;

export type ReviewInstallationSettings = Readonly<{
  /** The analyst's view until they choose otherwise (within the policy). */
  blur: boolean;
  greyscale: boolean;
  hoverPeek: boolean;
  videoMode: 'stills' | 'poster';
  /** May analysts switch blur off, see colour, peek on hover (the policy's defaults). */
  allowUnblurred: boolean;
  allowColour: boolean;
  allowHoverPeek: boolean;
  softLimitMinutes: number;
  hardLimitMinutes: number;
  breakMinutes: number;
  dailyLimitMinutes: number;
  sessionTimeoutMinutes: number;
  /** The bank analysts' verdicts go to (created on first use, two concurring analysts). */
  bank: string;
  /** How long a grid's queue items stay held for the analyst who was served them. */
  claimMinutes: number;
  previewPixels: number;
  revealPixels: number;
  videoStills: number;
}>;

export function parseReviewSettings(env: Env, problems: string[]): ReviewInstallationSettings {
  const { int, flag, text } = envReaders(env, problems);
  const videoMode = text('VIGIE_REVIEW_VIDEO_MODE', 'stills');
  if (videoMode !== 'stills' && videoMode !== 'poster')
    problems.push('VIGIE_REVIEW_VIDEO_MODE: expected stills or poster');
  const bank = text('VIGIE_REVIEW_BANK', 'ANALYST_REVIEW');
  if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(bank))
    problems.push('VIGIE_REVIEW_BANK: expected a bank name (capitals, digits, underscores)');
  const soft = int('VIGIE_REVIEW_SOFT_LIMIT_MINUTES', 45, 1, 1440);
  const hard = int('VIGIE_REVIEW_HARD_LIMIT_MINUTES', 60, 1, 1440);
  if (soft > hard) problems.push('VIGIE_REVIEW_SOFT_LIMIT_MINUTES: must not exceed VIGIE_REVIEW_HARD_LIMIT_MINUTES');
  return Object.freeze({
    blur: flag('VIGIE_REVIEW_BLUR', true),
    greyscale: flag('VIGIE_REVIEW_GREYSCALE', true),
    hoverPeek: flag('VIGIE_REVIEW_HOVER_PEEK', false),
    videoMode: videoMode === 'poster' ? 'poster' : 'stills',
    allowUnblurred: flag('VIGIE_REVIEW_ALLOW_UNBLURRED', false),
    allowColour: flag('VIGIE_REVIEW_ALLOW_COLOUR', true),
    allowHoverPeek: flag('VIGIE_REVIEW_ALLOW_HOVER_PEEK', false),
    softLimitMinutes: soft,
    hardLimitMinutes: hard,
    breakMinutes: int('VIGIE_REVIEW_BREAK_MINUTES', 15, 1, 1440),
    dailyLimitMinutes: int('VIGIE_REVIEW_DAILY_LIMIT_MINUTES', 240, 1, 1440),
    sessionTimeoutMinutes: int('VIGIE_REVIEW_SESSION_TIMEOUT_MINUTES', 10, 1, 240),
    bank,
    claimMinutes: int('VIGIE_REVIEW_CLAIM_MINUTES', 15, 1, 240),
    previewPixels: int('VIGIE_REVIEW_PREVIEW_PIXELS', 256, 32, 1024),
    revealPixels: int('VIGIE_REVIEW_REVEAL_PIXELS', 640, 64, 2048),
    videoStills: int('VIGIE_REVIEW_VIDEO_STILLS', 6, 1, 12),
  });
}
