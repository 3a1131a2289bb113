// The public statistics page's words (en, fr: the same keys, checked by the type).
export const statisticsMessagesEn = {
  title: 'Our figures',
  intro:
    'What the hotline did over the last twelve months, month by month. Figures are updated every quarter of an hour.',
  period: 'Month',
  empty: 'No figures are published.',
  figures: {
    reports: 'Reports received',
    forwarding: 'Reports forwarded, by recipient',
    media: 'Images and videos assessed',
    detections: 'Known material found by our crawler',
    notices: 'Notices sent to hosting providers',
    removal: 'Time to removal after our notice (hours)',
    blocklist: 'Addresses on the blocklist',
  },
  columns: {
    reports: 'Reports',
    urls: 'Addresses reported',
    recipientKind: 'Recipient',
    received: 'Reports received',
    forwarded: 'Forwarded',
    share: 'Share',
    seen: 'Media assessed',
    known: 'Confirmed',
    detections: 'Detections',
    sent: 'Notices sent',
    removed: 'Removed',
    fromNoticeMedian: 'Median',
    fromNoticeP90: '90th percentile',
    entries: 'Entries',
  },
  recipients: {
    anyone: 'Anyone',
    police: 'Police',
    national_police_centre: 'National police centre',
    child_welfare: 'Child welfare',
    partner_hotline: 'Partner hotlines',
    provider: 'Hosting providers',
  },
};
export type StatisticsMessages = typeof statisticsMessagesEn;

export const statisticsMessagesFr: StatisticsMessages = {
  title: 'Nos chiffres',
  intro:
    'Ce que la ligne a fait ces douze derniers mois, mois par mois. Les chiffres sont mis à jour tous les quarts d\u2019heure.',
  period: 'Mois',
  empty: 'Aucun chiffre n\u2019est publié.',
  figures: {
    reports: 'Signalements reçus',
    forwarding: 'Signalements transmis, par destinataire',
    media: 'Images et vidéos évaluées',
    detections: 'Contenus connus trouvés par notre robot',
    notices: 'Avis envoyés aux hébergeurs',
    removal: 'Délai de retrait après notre avis (heures)',
    blocklist: 'Adresses sur la liste de blocage',
  },
  columns: {
    reports: 'Signalements',
    urls: 'Adresses signalées',
    recipientKind: 'Destinataire',
    received: 'Signalements reçus',
    forwarded: 'Transmis',
    share: 'Part',
    seen: 'Médias évalués',
    known: 'Confirmés',
    detections: 'Détections',
    sent: 'Avis envoyés',
    removed: 'Retirés',
    fromNoticeMedian: 'Médiane',
    fromNoticeP90: '90e centile',
    entries: 'Entrées',
  },
  recipients: {
    anyone: 'Tous',
    police: 'Police',
    national_police_centre: 'Centre national de police',
    child_welfare: 'Protection de l\u2019enfance',
    partner_hotline: 'Lignes partenaires',
    provider: 'Hébergeurs',
  },
};
/** The page's title, for the footer's link to it. */
export const statisticsTitle = (lang: string): string =>
  lang === 'fr' ? statisticsMessagesFr.title : statisticsMessagesEn.title;
