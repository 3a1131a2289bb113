// Closed sets of the outbox (the one way messages leave the installation: notices today,
// analysts' replies and referrals later). Migrations mirror them in CHECK constraints.

/** queued: waiting for its next attempt; sending: an attempt under way (or interrupted by a crash, until its lease ends); sent: accepted by the recipient's server; failed: every contact gave up; bounced: the last contact refused it for good. */
export const outboxStates = ['queued', 'sending', 'sent', 'failed', 'bounced'] as const;
export type OutboxState = (typeof outboxStates)[number];

export const outboxChannels = ['email', 'webhook', 'openpgp_email', 'sftp', 'https_api'] as const;
export type OutboxChannel = (typeof outboxChannels)[number];

/** What a message is for: the feature that wrote it hears of its outcome. */
/**
 * notice: a removal notice; notice_reminder / notice_escalation: re-check follow-ups; case_reply: an analyst's
 * educational reply to a reporter; referral: a package to police, child welfare or a partner hotline.
 */
export const outboxPurposes = ['notice', 'case_reply', 'notice_reminder', 'notice_escalation', 'referral'] as const;
export type OutboxPurpose = (typeof outboxPurposes)[number];

/** interrupted: the process died during the attempt; whether it arrived is unknown (it is sent again, with the same Message-ID). */
export const outboxAttemptOutcomes = ['sent', 'failed', 'bounced', 'interrupted'] as const;
export type OutboxAttemptOutcome = (typeof outboxAttemptOutcomes)[number];
