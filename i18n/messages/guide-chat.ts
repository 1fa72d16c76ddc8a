/**
 * What the guide says in chat around the cards: finding the employee, offering to go on, and
 * what happened when a guide was finished. Danish first; English mirrors every key.
 */
export const guideChatDa = {
  'guide.chat.askName':
    'Hvem vil du forberede en samtale med? Skriv fx "forbered samtale med Mette" eller "samtaleguide for Mette".',
  'guide.chat.notFound':
    'Jeg kan ikke finde "{name}" blandt dine medarbejdere. Tjek stavningen, eller skriv det fulde navn.',
  'guide.chat.leadersOnly': 'Samtaleguiden er for ledere, der har medarbejdere.',
  'guide.chat.personalOnly':
    'Samtaleguiden handler om en enkelt medarbejder, så den bruges kun i din personlige chat med mig.',
  'guide.chat.nothingToResume':
    'Du har ingen samtaleguide i gang. Skriv fx "forbered samtale med Mette" for at starte en.',
  'guide.chat.startNew':
    'Vil du forberede en anden samtale, så skriv "samtaleguide for" og navnet på medarbejderen.',
  'guide.choice.title': 'Hvem mener du?',
  'guide.choice.intro':
    'Flere af dine medarbejdere passer på "{name}". Vælg den, du vil forberede en samtale med.',
  'guide.choice.button': 'Vælg {name}',
  'guide.choice.more': 'Der er flere. Skriv det fulde navn for at finde den rigtige.',
  'guide.completed.personStep':
    'Tak. Aftalerne er gemt. Den næste kontakt med {name} er nu et skridt i opfølgningen, og jeg minder dig om den {date}. Skriv "hvad skal jeg gøre for {name}?", hvis du vil se den.',
  'guide.completed.hr': 'Din HR-konsulent har fået besked om: {offers}.',
} as const;

export const guideChatEn: Record<keyof typeof guideChatDa, string> = {
  'guide.chat.askName':
    'Who would you like to prepare a conversation with? Write e.g. "prepare conversation with Mette" or "conversation guide for Mette".',
  'guide.chat.notFound':
    'I cannot find "{name}" among your employees. Check the spelling, or write the full name.',
  'guide.chat.leadersOnly': 'The conversation guide is for leaders with employees.',
  'guide.chat.personalOnly':
    'The conversation guide is about one employee, so it is only used in your personal chat with me.',
  'guide.chat.nothingToResume':
    'You have no conversation guide in progress. Write e.g. "prepare conversation with Mette" to start one.',
  'guide.chat.startNew':
    'To prepare another conversation, write "conversation guide for" and the employee\'s name.',
  'guide.choice.title': 'Who do you mean?',
  'guide.choice.intro':
    'Several of your employees match "{name}". Choose the one you want to prepare a conversation with.',
  'guide.choice.button': 'Choose {name}',
  'guide.choice.more': 'There are more. Write the full name to find the right person.',
  'guide.completed.personStep':
    'Thank you. The agreements are saved. The next contact with {name} is now a follow-up step, and I will remind you on {date}. Write "what should I do for {name}?" to see it.',
  'guide.completed.hr': 'Your HR consultant has been told about: {offers}.',
};
