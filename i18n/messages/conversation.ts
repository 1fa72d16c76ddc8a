/**
 * Strings for the conversation itself: greetings, thanks, nothing to stop, and "Mente du …?" with
 * an example phrasing per intent (sent as the user's text when its button is pressed, so each must
 * be understood as that intent). Danish first; English mirrors every key.
 */
export const conversationDa = {
  'conversation.greeting':
    'Hej {name}! Skriv bare, hvad du gerne vil vide – fx "hvordan ligger vi ift. måltal?" – eller "hjælp" for at se, hvad jeg kan.',
  'conversation.thanks': 'Selv tak. Skriv endelig, hvis der er mere, jeg kan hjælpe med.',
  'conversation.nothingToCancel': 'Der er ikke noget i gang, som jeg kan stoppe.',
  'conversation.didYouMean': 'Det forstod jeg ikke helt. Mente du …?',
  'conversation.didYouMeanHint':
    'Tryk på et af forslagene, eller skriv "hjælp" for at se alt, hvad jeg kan.',
  'conversation.example.help': 'hjælp',
  'conversation.example.stats': 'hvordan ligger vi ift. måltal?',
  'conversation.example.frequent': 'hvem har haft mange sygeperioder?',
  'conversation.example.registerSick': 'registrer sygdom',
  'conversation.example.guide': 'samtaleguide',
  'conversation.example.overview': 'hvem er syge nu?',
  'conversation.example.compare': 'hvilke af mine enheder ligger højest?',
  'conversation.example.hrLate': 'forsinkede opfølgninger',
  'conversation.example.undo': 'fortryd',
} as const;

export const conversationEn: Record<keyof typeof conversationDa, string> = {
  'conversation.greeting':
    'Hi {name}! Just write what you would like to know – e.g. "what is my unit\'s absence vs target?" – or "help" to see what I can do.',
  'conversation.thanks': "You're welcome. Just write if there is anything else I can help with.",
  'conversation.nothingToCancel': 'There is nothing going on that I can stop.',
  'conversation.didYouMean': 'I did not quite understand that. Did you mean …?',
  'conversation.didYouMeanHint':
    'Press one of the suggestions, or type "help" to see all I can do.',
  'conversation.example.help': 'help',
  'conversation.example.stats': "what is my unit's absence vs target?",
  'conversation.example.frequent': 'who has had many sick periods?',
  'conversation.example.registerSick': 'register sickness',
  'conversation.example.guide': 'conversation guide',
  'conversation.example.overview': 'who is sick now?',
  'conversation.example.compare': 'which of my units are highest?',
  'conversation.example.hrLate': 'overdue follow-ups',
  'conversation.example.undo': 'undo',
};
