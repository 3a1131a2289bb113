// English catalogue. Every string the public site shows is here; a new language is a new file
// with the same keys (the type makes a missing key a compile error). {name} marks a value.
export const en = {
  languageName: 'English',
  siteName: 'Child exploitation tipline',
  skipToContent: 'Skip to content',
  quickExit: 'Leave this site',
  quickExitHint: '(opens another site at once; pressing Escape twice does the same)',
  navHome: 'Home',
  navReport: 'Make a report',
  navAlerts: 'Alerts',
  navFollowUp: 'Add to a report',
  switchLanguage: 'Français',
  footer: 'This site sets no cookies and loads nothing from other sites.',
  footerPrivacy: 'Privacy: what we keep and for how long',
  footerCall: 'Call us: {phone}',

  homeTitle: 'Report the sexual exploitation of a child',
  dangerTitle: 'Is a child in danger right now?',
  dangerBody: 'Call {emergency} or your local police now. This form is not watched around the clock.',
  homeIntro: 'Anyone can report, anonymously if they wish. An analyst reads every report.',
  startReport: 'Make a report',
  whatTitle: 'What you can report',
  nextTitle: 'What happens next',
  nextSteps: [
    'You get a report number to quote if you call us, and a private code to add information later.',
    'An analyst assesses your report. Reports with information about a child or a suspect are read first.',
    'We may forward it to police or child welfare, or ask the website to remove the material. We never tell the person you report who you are.',
  ],
  neverImagesTitle: 'Never send images or videos',
  neverImagesBody:
    'Do not download, copy, screenshot or send pictures or videos of a child, not even to us: it can be a crime, and every copy harms the child again. Give us the address (URL) of the page where you saw them instead.',
  helpTitle: 'Help and support',
  helpCall: 'call {number}',
  helpText: 'text {keyword} to {number}',
  helpTextNumber: 'text {number}',

  privacyTitle: 'Privacy: what we keep and for how long',
  privacyAnonymous:
    'You do not have to say who you are. If you stay anonymous, we do not ask for your name, email or phone number.',
  privacyContact:
    'If you give contact details, they are encrypted and only our analysts can read them. They are erased {days} days after your report.',
  privacyContactKept: 'If you give contact details, they are encrypted and only our analysts can read them.',
  privacyAddressNotKept: 'We do not keep your internet (IP) address with your report.',
  privacyAddressKept:
    'We keep your internet (IP) address with your report, to protect the tipline from abuse, and erase it with your contact details.',
  privacyNoTracking: 'This site sets no cookies, does no tracking and loads nothing from other sites.',
  privacyReport:
    'What you report is kept as evidence. It may be forwarded to police, to child welfare or to the website that hosts the material. We never tell the person you report who you are.',
  privacyCode: 'Your follow-up code lets you add to your report. It does not let anyone read it.',

  alertsTitle: 'Alerts',
  alertsIntro: 'Warnings about new ways children are being exploited, published by our analysts.',
  alertsNone: 'There are no alerts at the moment.',
  publishedOn: 'Published {date}',

  chooseTypeTitle: 'What do you want to report?',
  chooseTypeHint: 'Choose the closest. An analyst will correct it if needed.',
  continue: 'Continue',
  types: {
    child_sexual_abuse_material: {
      label: 'Child sexual abuse material',
      hint: 'Pictures, videos, writing or audio showing the sexual abuse of a child.',
    },
    luring: {
      label: 'Luring a child',
      hint: 'Someone communicating with a child online to sexually exploit them, including sextortion.',
    },
    sex_tourism: {
      label: 'Child sex tourism',
      hint: 'Someone travelling, or planning to travel, to sexually abuse children.',
    },
    child_prostitution: {
      label: 'Sexual exploitation through prostitution',
      hint: 'A child being offered or bought for sexual services.',
    },
    child_trafficking: {
      label: 'Child trafficking',
      hint: 'A child being recruited, moved or held to be sexually exploited.',
    },
    sexually_explicit_material_to_child: {
      label: 'Sexual material sent to a child',
      hint: 'Someone making sexually explicit material available to a child.',
    },
    agreement_to_offend: {
      label: 'Arranging a sexual offence against a child',
      hint: 'People agreeing or arranging to sexually abuse a child.',
    },
    non_consensual_intimate_images: {
      label: 'Sharing intimate images of someone under 18',
      hint: 'A nude or sexual picture or video of a young person shared without their consent.',
    },
    other: {
      label: 'Something else, or I\u2019m not sure',
      hint: 'Anything else that worries you about a child\u2019s safety. An analyst decides what it is.',
    },
  },

  formTitle: 'Report: {type}',
  changeType: 'Change the type of report',
  formIntro: 'Tell us what you know. Only the type and either an address or a description are needed.',
  errorSummaryTitle: 'There is a problem',
  optional: '(optional)',
  sectionWhere: 'Where and when',
  urlsLabel: 'Web addresses (URLs)',
  urlsHint:
    'One per line, up to 20. Copy them from the address bar. Do not send files: there is no upload, on purpose.',
  placeLabel: 'Where did it happen?',
  placeChoose: 'Choose',
  places: {
    website: 'A website',
    app: 'An app',
    game: 'A game',
    chat: 'A chat or messaging service',
    social_network: 'A social network',
    in_person: 'In person',
  },
  platformLabel: 'Name of the website, app, game or service',
  whenLabel: 'When did it happen?',
  whenHint: 'A date or an approximate time, for example "last week".',
  nowLegend: 'Is it happening now?',
  nowHint: 'If a child is in danger right now, call {emergency} first.',
  yes: 'Yes',
  no: 'No',
  dontKnow: 'I don\u2019t know',
  nowYesNotice:
    'Call {emergency} now, before you finish this report. Then come back to it if you can: it will be read first.',
  nowAlertTitle: 'A child is in danger now: call {emergency}',
  nowAlertBody:
    'Call now, before you send this report. Police can act at once; this form is not watched around the clock.',
  sectionDetails: 'What you know',
  meetingLegend: 'Is a meeting with the child planned or suggested?',
  meetingHint: 'Online or in person: for example \u201ccome and see me\u201d, a trip, an address given.',
  meetingLabel: 'If so, when and where?',
  imagesLegend: 'Were pictures or videos asked for, sent or received?',
  imagesHint: 'Tell us what you know. Do not send them to us.',
  threatsLegend: 'Has anyone made threats, for example to share pictures or to hurt someone?',
  moneyLegend: 'Has anyone asked for money, gift cards or more pictures?',
  selfTitle: 'Is it a picture or video of you?',
  selfBody: [
    'You are not in trouble, and you did the right thing by telling someone.',
    'Do not pay and do not send anything more, even if you are threatened. Keep the messages: they are evidence. Note the address of the person\u2019s profile, then you can block them.',
  ],
  selfHelp: 'You can report it here, and talk to someone now:',
  selfLabel: 'It is a picture or video of me (I am under 18)',
  descriptionLabel: 'What happened?',
  descriptionHint: 'Describe what you saw in your own words. Do not include images.',
  sectionSuspect: 'The person responsible, if you know',
  suspectNamesLabel: 'Names',
  suspectUsernamesLabel: 'Usernames or profile names',
  suspectUsernamesHint: 'Separate several with commas.',
  suspectPlatformLabel: 'Where they use those names',
  suspectAgeLabel: 'Their approximate age',
  suspectLocationLabel: 'Where they live or are',
  sectionVictim: 'The child, if you know',
  victimAgeLabel: 'The child\u2019s approximate age',
  victimLocationLabel: 'Where the child lives or is',
  reporterIsVictimLabel: 'I am the child this report is about',
  sectionYou: 'About you',
  regionChoose: 'Choose',
  regionOutside: 'I live in another country',
  countryLabel: 'Which country, if another?',
  anonymousLegend: 'Can we contact you?',
  anonymousYes: 'No, I stay anonymous (this is the default)',
  anonymousNo: 'Yes, you may contact me',
  anonymousHint:
    'Anonymous means we do not ask who you are. Your contact details, if you give them, are encrypted and seen only by our analysts.',
  contactChoiceLegend: 'You chose to stay anonymous, but you typed contact details. What should we do with them?',
  contactChoiceShare: 'Keep them: you may contact me',
  contactChoiceDrop: 'Delete them: I stay anonymous',
  contactNameLabel: 'Your name',
  contactEmailLabel: 'Email',
  contactPhoneLabel: 'Phone',
  honeypotLabel: 'Leave this field empty',
  submit: 'Send the report',

  errors: {
    url_embedded_data:
      'Line {line}: this address contains a file itself (data: or blob:). Never send images; give the address of the page instead.',
    url_unsupported: 'Line {line}: only web addresses starting with http or https can be reported.',
    url_invalid:
      'Line {line}: this is not a web address. Copy it from the address bar, for example https://www.example.org/page.',
    url_or_description_required: 'Give at least one web address or describe what happened.',
    contact_required: 'Give an email or a phone number, or choose to stay anonymous.',
    contact_choice: 'Choose whether we keep the contact details you typed or delete them.',
    contact_with_anonymous: 'A report that stays anonymous cannot carry contact details.',
    email_invalid: 'Enter an email address like name@example.org.',
    phone_invalid: 'Enter a phone number with digits only, for example 514 555 0100.',
    too_long: 'This is too long. Shorten it, or send the rest later with your follow-up code.',
    too_many: 'Give at most 20 web addresses. Send the rest later with your follow-up code.',
    invalid: 'Check this answer.',
    type_required:
      'Choose what you want to report. If nothing fits, choose \u201cSomething else, or I\u2019m not sure\u201d.',
    required: 'Fill in this field.',
    honeypot: 'Leave the field \u201cLeave this field empty\u201d empty.',
    form_expired: 'The form had expired. Check your answers and send it again.',
    follow_up_unknown: 'This code is not known. Check it against the one you were given.',
    rate_limited:
      'Too many reports were sent from your connection. Wait a minute and send again; your answers are kept.',
    unexpected: 'Something went wrong on our side and nothing was saved. Your answers are kept below: send them again.',
    busy: 'The tipline is very busy. Nothing was saved yet: send again in a few seconds.',
  },

  confirmTitle: 'Thank you. Your report was received.',
  confirmNumber: 'Your report number',
  confirmNumberHint: 'Quote it if you call us. It is easy to read aloud: three groups of digits.',
  confirmCode: 'Your private follow-up code',
  confirmCodeHint:
    'Keep it secret. With it you can add information to your report, on the page \u201c{link}\u201d. It does not let anyone read your report.',
  confirmOnce:
    'Write them down now: this page is shown only once, so that nobody using this device after you can find your code.',
  confirmNowTitle: 'Call {emergency} now if you have not',
  confirmNowBody:
    'You said it is happening now. Your report is at the top of our queue, but nobody may read it for a while. Police can act at once.',
  confirmSelfTitle: 'Talk to someone',
  confirmSelfBody: 'You did the right thing. You can talk to someone now, day or night:',
  confirmNext: 'An analyst will assess your report. If you chose to be contacted, we may get in touch.',
  confirmAnother: 'Make another report',

  followUpTitle: 'Add information to a report',
  followUpIntro: 'Use the follow-up code you were given. You can add information; you cannot read the report.',
  followUpCodeLabel: 'Follow-up code',
  followUpCodeHint: 'Four groups of four letters and digits, for example K7QM-2XHD-9RWP-T4NB.',
  followUpInfoLabel: 'What do you want to add?',
  followUpSubmit: 'Add to the report',
  followUpDone: 'Thank you. Your information was added to report {number}.',
  errorTitle: 'Something went wrong',
  errorServerBody:
    'This page could not be shown because of a problem on our side. If you were sending a report, it was not saved: go back and send it again.',
  errorTooLargeBody:
    'What was sent is too large. If you were sending a report, it was not saved: go back, shorten the description and send it again; you can add the rest later with your follow-up code.',
  errorRequestBody:
    'This request could not be handled. If you were sending a report, it was not saved: go back to the form and send it again.',
  receiptGoneTitle: 'This confirmation is no longer shown',
  receiptGoneBody:
    'A confirmation is shown only once, so that nobody using this device after you can find your follow-up code. If you sent a report and saw its number, it was received. Nothing was sent again.',
  receiptGoneCall: 'If you did not note your report number, call us: {phone}.',
  forbiddenTitle: 'This request was refused',
  forbiddenBody: 'The form must be sent from this site. Go back to the form and send it again.',
} as const;

/** The shape every catalogue must have: the English keys, any wording. */
export type Messages = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };
type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { readonly [K in keyof T]: Widen<T[K]> };
