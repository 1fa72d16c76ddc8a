/** The tab's API answers when it refuses: sign-in, access, bad input. */
export const tabDa = {
  'tab.error.unauthorized': 'Du er ikke logget ind. Åbn Nærvær i Teams igen.',
  'tab.error.unknownPerson': 'Du er ikke registreret i Nærvær. Kontakt HR.',
  'tab.error.forbidden': 'Den enhed kan du ikke se tal for.',
  'tab.error.badRequest': 'Forespørgslen kunne ikke læses.',
  'tab.error.notFound': 'Det findes ikke.',
};

export const tabEn: Record<keyof typeof tabDa, string> = {
  'tab.error.unauthorized': 'You are not signed in. Open Nærvær in Teams again.',
  'tab.error.unknownPerson': 'You are not registered in Nærvær. Contact HR.',
  'tab.error.forbidden': 'You cannot see figures for that unit.',
  'tab.error.badRequest': 'The request could not be read.',
  'tab.error.notFound': 'That does not exist.',
};
