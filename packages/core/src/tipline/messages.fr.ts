import type { Messages } from './messages.en.ts';

// Catalogue français : mêmes clés que l'anglais, vérifiées par le type Messages.
export const fr: Messages = {
  languageName: 'Français',
  siteName: 'Signalement de l\u2019exploitation d\u2019enfants',
  skipToContent: 'Aller au contenu',
  quickExit: 'Quitter ce site',
  quickExitHint: '(ouvre tout de suite un autre site\u202f; appuyer deux fois sur Échap fait de même)',
  navHome: 'Accueil',
  navReport: 'Faire un signalement',
  navAlerts: 'Alertes',
  navFollowUp: 'Compléter un signalement',
  switchLanguage: 'English',
  footer: 'Ce site ne dépose aucun témoin (cookie) et ne charge rien depuis d\u2019autres sites.',
  footerPrivacy: 'Confidentialité\u00a0: ce que nous gardons et combien de temps',
  footerCall: 'Appelez-nous\u00a0: {phone}',

  homeTitle: 'Signaler l\u2019exploitation sexuelle d\u2019un enfant',
  dangerTitle: 'Un enfant est-il en danger en ce moment\u202f?',
  dangerBody:
    'Appelez le {emergency} ou votre police locale maintenant. Ce formulaire n\u2019est pas surveillé jour et nuit.',
  homeIntro:
    'Tout le monde peut faire un signalement, de façon anonyme si vous le souhaitez. Un analyste lit chaque signalement.',
  startReport: 'Faire un signalement',
  whatTitle: 'Ce que vous pouvez signaler',
  nextTitle: 'Ce qui se passe ensuite',
  nextSteps: [
    'Vous recevez un numéro de signalement à donner si vous nous appelez, et un code privé pour ajouter des renseignements plus tard.',
    'Un analyste évalue votre signalement. Ceux qui contiennent des renseignements sur un enfant ou un suspect sont lus en premier.',
    'Nous pouvons le transmettre à la police ou à la protection de l\u2019enfance, ou demander au site de retirer le contenu. Nous ne révélons jamais votre identité à la personne signalée.',
  ],
  neverImagesTitle: 'N\u2019envoyez jamais d\u2019images ni de vidéos',
  neverImagesBody:
    'Ne téléchargez pas, ne copiez pas, ne faites pas de capture d\u2019écran et n\u2019envoyez pas d\u2019images ni de vidéos d\u2019un enfant, pas même à nous\u00a0: cela peut être un crime, et chaque copie fait de nouveau du tort à l\u2019enfant. Donnez-nous plutôt l\u2019adresse (URL) de la page où vous les avez vues.',
  helpTitle: 'Aide et soutien',
  helpCall: 'appelez le {number}',
  helpText: 'textez {keyword} au {number}',
  helpTextNumber: 'textez au {number}',

  privacyTitle: 'Confidentialité\u00a0: ce que nous gardons et combien de temps',
  privacyAnonymous:
    'Vous n\u2019avez pas à dire qui vous êtes. Si vous restez anonyme, nous ne vous demandons ni votre nom, ni votre courriel, ni votre numéro de téléphone.',
  privacyContact:
    'Si vous donnez vos coordonnées, elles sont chiffrées et seuls nos analystes peuvent les lire. Elles sont effacées {days}\u00a0jours après votre signalement.',
  privacyContactKept: 'Si vous donnez vos coordonnées, elles sont chiffrées et seuls nos analystes peuvent les lire.',
  privacyAddressNotKept: 'Nous ne conservons pas votre adresse Internet (IP) avec votre signalement.',
  privacyAddressKept:
    'Nous conservons votre adresse Internet (IP) avec votre signalement, pour protéger le service contre les abus, et l\u2019effaçons en même temps que vos coordonnées.',
  privacyNoTracking:
    'Ce site ne dépose aucun témoin (cookie), ne fait aucun pistage et ne charge rien depuis d\u2019autres sites.',
  privacyReport:
    'Ce que vous signalez est conservé comme preuve. Cela peut être transmis à la police, à la protection de l\u2019enfance ou au site qui héberge le contenu. Nous ne révélons jamais votre identité à la personne signalée.',
  privacyCode:
    'Votre code de suivi vous permet d\u2019ajouter des renseignements à votre signalement. Il ne permet à personne de le lire.',

  alertsTitle: 'Alertes',
  alertsIntro: 'Mises en garde sur les nouvelles façons dont les enfants sont exploités, publiées par nos analystes.',
  alertsNone: 'Il n\u2019y a aucune alerte en ce moment.',
  publishedOn: 'Publiée le {date}',

  chooseTypeTitle: 'Que voulez-vous signaler\u202f?',
  chooseTypeHint: 'Choisissez ce qui s\u2019en rapproche le plus. Un analyste corrigera au besoin.',
  continue: 'Continuer',
  types: {
    child_sexual_abuse_material: {
      label: 'Matériel d\u2019abus pédosexuel',
      hint: 'Images, vidéos, écrits ou enregistrements montrant l\u2019abus sexuel d\u2019un enfant.',
    },
    luring: {
      label: 'Leurre d\u2019un enfant',
      hint: 'Une personne qui communique avec un enfant en ligne pour l\u2019exploiter sexuellement, y compris la sextorsion.',
    },
    sex_tourism: {
      label: 'Tourisme sexuel impliquant des enfants',
      hint: 'Une personne qui voyage, ou prévoit voyager, pour abuser sexuellement d\u2019enfants.',
    },
    child_prostitution: {
      label: 'Exploitation sexuelle par la prostitution',
      hint: 'Un enfant offert ou acheté pour des services sexuels.',
    },
    child_trafficking: {
      label: 'Traite d\u2019enfants',
      hint: 'Un enfant recruté, déplacé ou retenu pour être exploité sexuellement.',
    },
    sexually_explicit_material_to_child: {
      label: 'Matériel sexuel transmis à un enfant',
      hint: 'Une personne qui rend du matériel sexuellement explicite accessible à un enfant.',
    },
    agreement_to_offend: {
      label: 'Entente pour commettre une infraction sexuelle contre un enfant',
      hint: 'Des personnes qui s\u2019entendent ou s\u2019arrangent pour abuser sexuellement d\u2019un enfant.',
    },
    non_consensual_intimate_images: {
      label: 'Partage d\u2019images intimes d\u2019une personne de moins de 18 ans',
      hint: 'Une photo ou vidéo nue ou sexuelle d\u2019un jeune partagée sans son consentement.',
    },
    other: {
      label: 'Autre chose, ou je ne sais pas',
      hint: 'Tout autre fait qui vous inquiète pour la sécurité d\u2019un enfant. Un analyste déterminera de quoi il s\u2019agit.',
    },
  },

  formTitle: 'Signalement\u00a0: {type}',
  changeType: 'Changer le type de signalement',
  formIntro: 'Dites-nous ce que vous savez. Seuls le type et une adresse ou une description sont nécessaires.',
  errorSummaryTitle: 'Il y a un problème',
  optional: '(facultatif)',
  sectionWhere: 'Où et quand',
  urlsLabel: 'Adresses Web (URL)',
  urlsHint:
    'Une par ligne, jusqu\u2019à 20. Copiez-les depuis la barre d\u2019adresse. N\u2019envoyez pas de fichiers\u00a0: il n\u2019y a volontairement aucun téléversement.',
  placeLabel: 'Où cela s\u2019est-il passé\u202f?',
  placeChoose: 'Choisissez',
  places: {
    website: 'Un site Web',
    app: 'Une application',
    game: 'Un jeu',
    chat: 'Un clavardage ou une messagerie',
    social_network: 'Un réseau social',
    in_person: 'En personne',
  },
  platformLabel: 'Nom du site, de l\u2019application, du jeu ou du service',
  whenLabel: 'Quand cela s\u2019est-il passé\u202f?',
  whenHint: 'Une date ou un moment approximatif, par exemple «\u00a0la semaine dernière\u00a0».',
  nowLegend: 'Est-ce que cela se passe en ce moment\u202f?',
  nowHint: 'Si un enfant est en danger en ce moment, appelez d\u2019abord le {emergency}.',
  yes: 'Oui',
  no: 'Non',
  dontKnow: 'Je ne sais pas',
  nowYesNotice:
    'Appelez le {emergency} maintenant, avant de terminer ce signalement. Revenez-y ensuite si vous le pouvez\u00a0: il sera lu en premier.',
  nowAlertTitle: 'Un enfant est en danger en ce moment\u00a0: appelez le {emergency}',
  nowAlertBody:
    'Appelez maintenant, avant d\u2019envoyer ce signalement. La police peut agir tout de suite\u202f; ce formulaire n\u2019est pas surveillé jour et nuit.',
  sectionDetails: 'Ce que vous savez',
  meetingLegend: 'Une rencontre avec l\u2019enfant est-elle prévue ou proposée\u202f?',
  meetingHint: 'En ligne ou en personne\u00a0: par exemple «\u00a0viens me voir\u00a0», un voyage, une adresse donnée.',
  meetingLabel: 'Si oui, quand et où\u202f?',
  imagesLegend: 'Des photos ou des vidéos ont-elles été demandées, envoyées ou reçues\u202f?',
  imagesHint: 'Dites-nous ce que vous savez. Ne nous les envoyez pas.',
  threatsLegend:
    'Quelqu\u2019un a-t-il fait des menaces, par exemple de diffuser des photos ou de faire du mal à quelqu\u2019un\u202f?',
  moneyLegend: 'Quelqu\u2019un a-t-il demandé de l\u2019argent, des cartes-cadeaux ou d\u2019autres photos\u202f?',
  selfTitle: 'Est-ce une photo ou une vidéo de vous\u202f?',
  selfBody: [
    'Vous n\u2019avez rien fait de mal, et vous avez bien fait d\u2019en parler.',
    'Ne payez pas et n\u2019envoyez rien de plus, même sous la menace. Gardez les messages\u00a0: ce sont des preuves. Notez l\u2019adresse du profil de la personne, puis vous pourrez la bloquer.',
  ],
  selfHelp: 'Vous pouvez le signaler ici, et parler à quelqu\u2019un dès maintenant\u00a0:',
  selfLabel: 'C\u2019est une photo ou une vidéo de moi (j\u2019ai moins de 18\u00a0ans)',
  descriptionLabel: 'Que s\u2019est-il passé\u202f?',
  descriptionHint: 'Décrivez ce que vous avez vu dans vos propres mots. N\u2019incluez pas d\u2019images.',
  sectionSuspect: 'La personne responsable, si vous la connaissez',
  suspectNamesLabel: 'Noms',
  suspectUsernamesLabel: 'Noms d\u2019utilisateur ou de profil',
  suspectUsernamesHint: 'Séparez-les par des virgules.',
  suspectPlatformLabel: 'Où ces noms sont utilisés',
  suspectAgeLabel: 'Son âge approximatif',
  suspectLocationLabel: 'Où la personne vit ou se trouve',
  sectionVictim: 'L\u2019enfant, si vous le savez',
  victimAgeLabel: 'Âge approximatif de l\u2019enfant',
  victimLocationLabel: 'Où l\u2019enfant vit ou se trouve',
  reporterIsVictimLabel: 'Je suis l\u2019enfant visé par ce signalement',
  sectionYou: 'À propos de vous',
  regionChoose: 'Choisissez',
  regionOutside: 'J\u2019habite dans un autre pays',
  countryLabel: 'Quel pays, si c\u2019est un autre\u202f?',
  anonymousLegend: 'Pouvons-nous vous joindre\u202f?',
  anonymousYes: 'Non, je reste anonyme (choix par défaut)',
  anonymousNo: 'Oui, vous pouvez me joindre',
  anonymousHint:
    'Anonyme veut dire que nous ne demandons pas qui vous êtes. Vos coordonnées, si vous les donnez, sont chiffrées et vues seulement par nos analystes.',
  contactChoiceLegend:
    'Vous avez choisi de rester anonyme, mais vous avez inscrit des coordonnées. Que devons-nous en faire\u202f?',
  contactChoiceShare: 'Les garder\u00a0: vous pouvez me joindre',
  contactChoiceDrop: 'Les effacer\u00a0: je reste anonyme',
  contactNameLabel: 'Votre nom',
  contactEmailLabel: 'Courriel',
  contactPhoneLabel: 'Téléphone',
  honeypotLabel: 'Laissez ce champ vide',
  submit: 'Envoyer le signalement',

  errors: {
    url_embedded_data:
      'Ligne {line}\u00a0: cette adresse contient un fichier (data: ou blob:). N\u2019envoyez jamais d\u2019images\u202f; donnez plutôt l\u2019adresse de la page.',
    url_unsupported:
      'Ligne {line}\u00a0: seules les adresses Web qui commencent par http ou https peuvent être signalées.',
    url_invalid:
      'Ligne {line}\u00a0: ce n\u2019est pas une adresse Web. Copiez-la depuis la barre d\u2019adresse, par exemple https://www.example.org/page.',
    url_or_description_required: 'Donnez au moins une adresse Web ou décrivez ce qui s\u2019est passé.',
    contact_required: 'Donnez un courriel ou un numéro de téléphone, ou choisissez de rester anonyme.',
    contact_choice: 'Choisissez si nous gardons ou effaçons les coordonnées que vous avez inscrites.',
    contact_with_anonymous: 'Un signalement anonyme ne peut pas contenir de coordonnées.',
    email_invalid: 'Entrez une adresse courriel comme nom@example.org.',
    phone_invalid: 'Entrez un numéro de téléphone en chiffres, par exemple 514 555 0100.',
    too_long: 'C\u2019est trop long. Raccourcissez, ou envoyez le reste plus tard avec votre code de suivi.',
    too_many: 'Donnez au plus 20 adresses Web. Envoyez les autres plus tard avec votre code de suivi.',
    invalid: 'Vérifiez cette réponse.',
    type_required:
      'Choisissez ce que vous voulez signaler. Si rien ne convient, choisissez «\u00a0Autre chose, ou je ne sais pas\u00a0».',
    required: 'Remplissez ce champ.',
    honeypot: 'Laissez vide le champ «\u00a0Laissez ce champ vide\u00a0».',
    form_expired: 'Le formulaire avait expiré. Vérifiez vos réponses et envoyez-le de nouveau.',
    follow_up_unknown: 'Ce code est inconnu. Comparez-le à celui qui vous a été donné.',
    rate_limited:
      'Trop de signalements ont été envoyés depuis votre connexion. Attendez une minute et renvoyez\u202f; vos réponses sont conservées.',
    unexpected:
      'Un problème est survenu de notre côté et rien n\u2019a été enregistré. Vos réponses sont conservées ci-dessous\u00a0: envoyez-les de nouveau.',
    busy: 'Le service est très occupé. Rien n\u2019a encore été enregistré\u00a0: renvoyez dans quelques secondes.',
  },

  confirmTitle: 'Merci. Votre signalement a été reçu.',
  confirmNumber: 'Votre numéro de signalement',
  confirmNumberHint:
    'Donnez-le si vous nous appelez. Il se lit facilement à voix haute\u00a0: trois groupes de chiffres.',
  confirmCode: 'Votre code de suivi privé',
  confirmCodeHint:
    'Gardez-le secret. Il vous permet d\u2019ajouter des renseignements à votre signalement, sur la page «\u00a0{link}\u00a0». Il ne permet à personne de lire votre signalement.',
  confirmOnce:
    'Notez-les maintenant\u00a0: cette page n\u2019est affichée qu\u2019une fois, pour que personne utilisant cet appareil après vous ne trouve votre code.',
  confirmNowTitle: 'Appelez le {emergency} maintenant si ce n\u2019est pas fait',
  confirmNowBody:
    'Vous avez indiqué que cela se passe en ce moment. Votre signalement est en tête de notre file, mais personne ne le lira peut-être avant un moment. La police peut agir tout de suite.',
  confirmSelfTitle: 'Parlez à quelqu\u2019un',
  confirmSelfBody: 'Vous avez bien fait. Vous pouvez en parler à quelqu\u2019un dès maintenant, jour et nuit\u00a0:',
  confirmNext:
    'Un analyste évaluera votre signalement. Si vous avez accepté d\u2019être joint, nous pourrions communiquer avec vous.',
  confirmAnother: 'Faire un autre signalement',

  followUpTitle: 'Ajouter des renseignements à un signalement',
  followUpIntro:
    'Utilisez le code de suivi qui vous a été donné. Vous pouvez ajouter des renseignements\u202f; vous ne pouvez pas lire le signalement.',
  followUpCodeLabel: 'Code de suivi',
  followUpCodeHint: 'Quatre groupes de quatre lettres et chiffres, par exemple K7QM-2XHD-9RWP-T4NB.',
  followUpInfoLabel: 'Que voulez-vous ajouter\u202f?',
  followUpSubmit: 'Ajouter au signalement',
  followUpDone: 'Merci. Vos renseignements ont été ajoutés au signalement {number}.',
  errorTitle: 'Une erreur s\u2019est produite',
  errorServerBody:
    'Cette page n\u2019a pas pu être affichée à cause d\u2019un problème de notre côté. Si vous envoyiez un signalement, il n\u2019a pas été enregistré\u00a0: revenez en arrière et envoyez-le de nouveau.',
  errorTooLargeBody:
    'Ce qui a été envoyé est trop volumineux. Si vous envoyiez un signalement, il n\u2019a pas été enregistré\u00a0: revenez en arrière, raccourcissez la description et envoyez-le de nouveau\u202f; vous pourrez ajouter le reste plus tard avec votre code de suivi.',
  errorRequestBody:
    'Cette demande n\u2019a pas pu être traitée. Si vous envoyiez un signalement, il n\u2019a pas été enregistré\u00a0: retournez au formulaire et envoyez-le de nouveau.',
  receiptGoneTitle: 'Cette confirmation n\u2019est plus affichée',
  receiptGoneBody:
    'Une confirmation n\u2019est affichée qu\u2019une fois, pour que personne utilisant cet appareil après vous ne trouve votre code de suivi. Si vous avez envoyé un signalement et vu son numéro, il a été reçu. Rien n\u2019a été envoyé de nouveau.',
  receiptGoneCall: 'Si vous n\u2019avez pas noté votre numéro de signalement, appelez-nous\u00a0: {phone}.',
  forbiddenTitle: 'Cette demande a été refusée',
  forbiddenBody: 'Le formulaire doit être envoyé depuis ce site. Retournez au formulaire et envoyez-le de nouveau.',
};
