import Type, { type Static } from 'typebox';

// Installation settings an administrator changes at run time (the console's settings screen):
// what the public site says about the installation. Each starts from the environment's value
// (VIGIE_TIPLINE_*); a change here wins until it is reset (null).

/** Text for every language, or per language: `{"en": "...", "fr": "..."}`. */
export const LocalizedText = Type.Union([
  Type.String({ minLength: 1, maxLength: 500 }),
  Type.Record(Type.String({ pattern: '^[a-z]{2,3}$' }), Type.String({ minLength: 1, maxLength: 500 })),
]);
export const TiplineRegion = Type.Object({ code: Type.String({ maxLength: 16 }), name: LocalizedText });
export const TiplineHelpLine = Type.Object({
  label: LocalizedText,
  phone: Type.Optional(Type.String({ maxLength: 30 })),
  sms: Type.Optional(Type.String({ maxLength: 30 })),
  smsKeyword: Type.Optional(LocalizedText),
  url: Type.Optional(LocalizedText),
});

export const TiplineSettings = Type.Object({
  name: Type.Union([LocalizedText, Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  privacyUrl: Type.Union([Type.String(), Type.Null()]),
  emergencyNumber: Type.String(),
  regionLabel: LocalizedText,
  regions: Type.Array(TiplineRegion, { maxItems: 200 }),
  helpLines: Type.Array(TiplineHelpLine, { maxItems: 50 }),
  exitUrl: Type.String(),
});
export type TiplineSettings = Static<typeof TiplineSettings>;

export const tiplineSettingKeys = [
  'name',
  'phone',
  'privacyUrl',
  'emergencyNumber',
  'regionLabel',
  'regions',
  'helpLines',
  'exitUrl',
] as const;
export type TiplineSettingKey = (typeof tiplineSettingKeys)[number];

/** A change: each key given is set; the keys in `reset` go back to the environment's values. */
export const TiplineSettingsChange = Type.Object(
  {
    name: Type.Optional(LocalizedText),
    phone: Type.Optional(Type.String({ maxLength: 30 })),
    privacyUrl: Type.Optional(Type.String({ maxLength: 2048 })),
    emergencyNumber: Type.Optional(Type.String({ maxLength: 30 })),
    regionLabel: Type.Optional(LocalizedText),
    regions: Type.Optional(Type.Array(TiplineRegion, { maxItems: 200 })),
    helpLines: Type.Optional(Type.Array(TiplineHelpLine, { maxItems: 50 })),
    exitUrl: Type.Optional(Type.String({ maxLength: 2048 })),
    reset: Type.Optional(Type.Array(Type.Enum(tiplineSettingKeys), { uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type TiplineSettingsChange = Static<typeof TiplineSettingsChange>;

export const TiplineSettingsAnswer = Type.Object({
  /** What the public site shows now. */
  settings: TiplineSettings,
  /** The environment's values, which a reset goes back to. */
  defaults: TiplineSettings,
  /** The keys changed at run time. */
  changed: Type.Array(Type.Enum(tiplineSettingKeys)),
});
export type TiplineSettingsAnswer = Static<typeof TiplineSettingsAnswer>;

/** How long the reporters' personal data is kept (`VIGIE_INTAKE_RETENTION_DAYS` until changed). */
export const RetentionSettings = Type.Object({
  /** Days after a report before its contact details and address are erased; 0 keeps them. */
  intakeRetentionDays: Type.Integer({ minimum: 0, maximum: 36500 }),
});
export type RetentionSettings = Static<typeof RetentionSettings>;
export const retentionSettingKeys = ['intakeRetentionDays'] as const;

export const RetentionSettingsChange = Type.Object(
  {
    intakeRetentionDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36500 })),
    reset: Type.Optional(Type.Array(Type.Enum(retentionSettingKeys), { uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type RetentionSettingsChange = Static<typeof RetentionSettingsChange>;

export const RetentionSettingsAnswer = Type.Object({
  settings: RetentionSettings,
  defaults: RetentionSettings,
  changed: Type.Array(Type.Enum(retentionSettingKeys)),
});
export type RetentionSettingsAnswer = Static<typeof RetentionSettingsAnswer>;
