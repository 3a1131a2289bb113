import Type, { type Static } from 'typebox';
import { reportTypes } from './intake.ts';
import { referralOrigins, referralRecipientKinds } from './referrals.ts';

// The JSON a referral's recipient receives (`referral.json` in every package): the report, the
// analyst's assessment and the captures' evidence. Recipients parse it; change it only with a new
// `format` value.

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });

export const ReferralPackageMedia = Type.Object({
  sha256: Type.String(),
  sha1: Nullable(Type.String()),
  md5: Nullable(Type.String()),
  pdq: Nullable(Type.String()),
  kind: Nullable(Type.String()),
  format: Nullable(Type.String()),
  size: Nullable(Type.Integer()),
  /** Matched a classified bank entry (its labels below), or not yet classified. */
  known: Type.Boolean(),
  ageBand: Nullable(Type.String()),
  activity: Nullable(Type.String()),
  origin: Nullable(Type.String()),
  /** Where it was seen: media URL, page, address, country of the address. */
  sightings: Type.Array(
    Type.Object({
      url: Type.String(),
      pageUrl: Nullable(Type.String()),
      address: Nullable(Type.String()),
      country: Nullable(Type.String()),
      at: Nullable(Timestamp),
    }),
  ),
  /** The file in this package holding the media itself, when the recipient may receive media. */
  file: Nullable(Type.String()),
});

export const ReferralPackageCapture = Type.Object({
  id: Type.String(),
  requestedUrl: Type.String(),
  finalUrl: Nullable(Type.String()),
  status: Nullable(Type.Integer()),
  address: Nullable(Type.String()),
  country: Nullable(Type.String()),
  host: Type.String(),
  fetchedAt: Timestamp,
  contentType: Nullable(Type.String()),
  bodySha256: Nullable(Type.String()),
  error: Nullable(Type.String()),
  hops: Type.Array(
    Type.Object({ url: Type.String(), status: Type.Integer(), address: Type.String(), at: Type.String() }),
  ),
});

export const ReferralPackage = Type.Object({
  format: Type.Literal('vigie.referral.v1'),
  reference: Type.String(),
  referralId: Type.String({ format: 'uuid' }),
  createdAt: Timestamp,
  origin: Type.Enum(referralOrigins),
  sender: Type.Object({ organisation: Type.String(), domain: Type.String(), contact: Type.String() }),
  recipient: Type.Object({
    name: Type.String(),
    kind: Type.Enum(referralRecipientKinds),
    country: Type.String(),
    region: Nullable(Type.String()),
  }),
  report: Type.Object({
    number: Type.String(),
    type: Type.Enum(reportTypes),
    receivedAt: Timestamp,
    language: Type.String(),
    description: Type.String(),
    anonymous: Type.Boolean(),
    happeningNow: Type.Boolean(),
    reporterRegion: Nullable(Type.String()),
    reporterCountry: Nullable(Type.String()),
    incident: Type.Record(Type.String(), Type.Unknown()),
    suspect: Type.Record(Type.String(), Type.Unknown()),
    victim: Type.Record(Type.String(), Type.Unknown()),
    urls: Type.Array(Type.String()),
  }),
  assessment: Type.Object({
    classification: Nullable(Type.String()),
    note: Nullable(Type.String()),
    /** Forwarded by a supervisor's rule, without an analyst. */
    automatic: Type.Boolean(),
  }),
  captures: Type.Array(ReferralPackageCapture),
  media: Type.Array(ReferralPackageMedia),
});
export type ReferralPackage = Static<typeof ReferralPackage>;
