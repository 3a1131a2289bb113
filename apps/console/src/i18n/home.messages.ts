// Messages of the console's home screens, English and French (ICU syntax, read by react-intl).
export const en = {
  'home.title': 'Home',
  'home.signedInAs': 'Signed in as {email} ({role})',
  'home.signOut': 'Sign out',
  'home.signingOut': 'Signing out…',
  'home.workTitle': 'Hotline work',
  'home.workIntro':
    'Reports, media review, analysts’ exposure, the blocklist for internet providers, and referrals to police and partners.',
  'home.areasTitle': 'Coming next',
  'home.areasIntro': 'These parts of the console are not available yet.',
  'home.areaUnavailable': 'Not available yet',
  'home.area.reports': 'Triage queue',
  'home.area.crawler': 'Crawler',
  'home.area.notices': 'Notices',
} as const;

export const fr: Readonly<Record<keyof typeof en, string>> = {
  'home.title': 'Accueil',
  'home.signedInAs': 'Connecté en tant que {email} ({role})',
  'home.signOut': 'Se déconnecter',
  'home.signingOut': 'Déconnexion…',
  'home.workTitle': 'Travail de la ligne',
  'home.workIntro':
    'Les signalements, l’examen des médias, l’exposition des analystes, la liste de blocage des fournisseurs d’accès, et les transmissions à la police et aux partenaires.',
  'home.areasTitle': 'À venir',
  'home.areasIntro': 'Ces parties de la console ne sont pas encore disponibles.',
  'home.areaUnavailable': 'Pas encore disponible',
  'home.area.reports': 'File de tri',
  'home.area.crawler': 'Robot d’exploration',
  'home.area.notices': 'Avis de retrait',
};
