// Messages of the console's home screens, English and French (ICU syntax, read by react-intl).
export const en = {
  'home.title': 'Home',
  'home.signedInAs': 'Signed in as {email} ({role})',
  'home.signOut': 'Sign out',
  'home.signingOut': 'Signing out…',
  'home.workTitle': 'Hotline work',
  'home.workIntro':
    'Reports, media review, analysts’ exposure, the blocklist for internet providers, and referrals to police and partners.',
  'home.area.reports': 'Triage queue',
} as const;

export const fr: Readonly<Record<keyof typeof en, string>> = {
  'home.title': 'Accueil',
  'home.signedInAs': 'Connecté en tant que {email} ({role})',
  'home.signOut': 'Se déconnecter',
  'home.signingOut': 'Déconnexion…',
  'home.workTitle': 'Travail de la ligne',
  'home.workIntro':
    'Les signalements, l’examen des médias, l’exposition des analystes, la liste de blocage des fournisseurs d’accès, et les transmissions à la police et aux partenaires.',
  'home.area.reports': 'File de tri',
};
