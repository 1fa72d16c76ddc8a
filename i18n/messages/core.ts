/** Core strings: registration, help, welcome, errors. Danish first; English mirrors every key. */
export const coreDa = {
  'core.notRegistered':
    'Hej! Jeg kan ikke finde dig blandt kommunens ledere eller HR. Bed din HR-konsulent om at give dig adgang til Nærvær.',
  'core.noRole':
    'Hej {name}. Du er registreret, men har ikke en leder- eller HR-rolle i Nærvær, så der er ikke noget, jeg kan vise dig. Tal med din leder eller HR, hvis det er en fejl.',
  'core.error': 'Beklager, noget gik galt hos mig. Prøv igen om lidt.',
  'core.storeWriteFailed': 'Jeg kunne ikke gemme det lige nu — intet er ændret. Prøv igen om lidt.',
  'core.invalidAction':
    'Den handling kunne jeg ikke bruge – kortet er måske forældet eller ændret. Intet er ændret. Skriv "hjælp" for at starte forfra.',
  'core.notUnderstood':
    'Det forstod jeg ikke helt. Skriv "hjælp" for at se, hvad jeg kan hjælpe med.',
  'core.cancelled': 'Okay, jeg har stoppet det.',
  'core.foreignTenant': 'Denne organisation har ikke adgang til Nærvær.',
  'welcome.title': 'Velkommen til Nærvær',
  'welcome.personal':
    'Jeg hjælper dig med at følge op på sygefravær med omsorg og i god tid: registrering af syg og rask, påmindelser om kontakt og samtaler, fraværstal i forhold til måltal og gode råd til trivsel.',
  'welcome.team':
    'Jeg er Nærvær. I denne kanal kan I senere få samlede fraværstal for enheden – altid kun tal for grupper, aldrig enkeltpersoner.',
  'welcome.groupChat':
    'Jeg er Nærvær. Her i gruppechatten viser jeg aldrig oplysninger om enkeltpersoners fravær. Skriv til mig i en personlig chat for at arbejde med sygefravær.',
  'welcome.privacy':
    'Jeg gemmer aldrig diagnoser eller helbredsoplysninger – kun datoer for fravær og hvad der er aftalt.',
  'welcome.helpHint': 'Skriv "hjælp" for at se, hvad jeg kan gøre for dig.',
  'help.title': 'Det kan jeg hjælpe dig med',
  'help.roleLeader': 'Du er leder for: {units}',
  'help.roleHrConsultant': 'Du er HR-konsulent.',
  'help.roleHrAdmin': 'Du er HR-administrator.',
  'help.available': 'Kan bruges nu',
  'help.coming': 'På vej',
  'help.item.help': 'Skriv "hjælp" for at se denne oversigt.',
  'help.item.stats': 'Fravær vs. måltal: skriv fx "hvordan ligger vi ift. måltal?"',
  'help.item.statsHr': 'Fravær for enhver enhed: skriv fx "fravær i Hjemmeplejen Nord"',
  'help.item.frequent': 'Hyppigt fravær: skriv "hvem har haft mange sygeperioder?"',
  'help.item.register':
    'Registrer sygdom og raskmelding: skriv fx "Mette er syg" eller "Mette er rask igen". Ret med "Mette er kun 50 % syg", "Mette var syg fra tirsdag" eller "Mette er ikke syg alligevel"; "fortryd" fortryder din seneste ændring (til og med næste arbejdsdag) – midt i en samtaleguide stopper "fortryd" guiden',
  'help.item.plan': 'Opfølgningsplan: skriv fx "hvad skal jeg gøre for Mette?"',
  'help.item.dueCards': 'Påmindelser kl. 8 om kontakt og samtaler, der skal holdes',
  'help.item.guide': 'Samtaleguide: skriv fx "forbered samtale med Mette"',
  'help.item.import': 'Dataimport fra løn- og HR-systemet (SD, KMD Opus) med "npm run import"',
  'help.item.hrCases': 'Kort fra ledere, der beder HR om hjælp',
  'help.item.channel':
    'Fraværstal til en kanal: skriv i kanalen fx "abonnér på fravær for Ældre og Sundhed hver måned" (kun samlede tal, aldrig personer)',
  'help.item.workflows':
    'HR-forløb (opsøgende proces, Tidlig Indsats, psykologhjælp, delvis raskmelding): skriv "start forløb" eller "mine forløb"',
  'help.item.tab': 'Fanen med enhedens overblik og grafer',
  'help.item.tips':
    'Trivselstips: skriv fx "giv mig et tip", "tip om tillid" eller "ugens trivselstip"',
  'help.button.stats': 'Fravær vs. måltal',
  'help.button.register': 'Registrer sygdom',
  'help.button.guide': 'Samtaleguide',
  'help.noRoleBody':
    'Nærvær er et værktøj for ledere og HR. Du har ikke en af de roller, så jeg har ikke noget at vise dig. Tal med din leder eller HR, hvis du mener, det er en fejl.',
} as const;

export const coreEn: Record<keyof typeof coreDa, string> = {
  'core.notRegistered':
    "Hello! I can't find you among the municipality's leaders or HR. Ask your HR consultant to give you access to Nærvær.",
  'core.noRole':
    'Hello {name}. You are registered but have no leader or HR role in Nærvær, so there is nothing I can show you. Talk to your leader or HR if this is a mistake.',
  'core.error': 'Sorry, something went wrong on my side. Please try again in a moment.',
  'core.storeWriteFailed':
    'I could not save that just now — nothing has been changed. Please try again in a moment.',
  'core.invalidAction':
    'I could not use that action – the card may be out of date or altered. Nothing was changed. Type "help" to start again.',
  'core.notUnderstood': 'I did not quite understand that. Type "help" to see what I can do.',
  'core.cancelled': 'Okay, I have stopped.',
  'core.foreignTenant': 'This organisation does not have access to Nærvær.',
  'welcome.title': 'Welcome to Nærvær',
  'welcome.personal':
    'I help you follow up on sickness absence early and with care: registering sick and fit, reminders of contacts and conversations, absence against targets, and well-being tips.',
  'welcome.team':
    'I am Nærvær. In this channel you will later get absence figures for the unit – only figures for groups, never for individuals.',
  'welcome.groupChat':
    'I am Nærvær. In this group chat I never show anything about an individual’s absence. Write to me in a personal chat to work on sickness absence.',
  'welcome.privacy':
    'I never store diagnoses or health details – only the dates of absence and what was agreed.',
  'welcome.helpHint': 'Type "help" to see what I can do for you.',
  'help.title': 'What I can help you with',
  'help.roleLeader': 'You lead: {units}',
  'help.roleHrConsultant': 'You are an HR consultant.',
  'help.roleHrAdmin': 'You are an HR administrator.',
  'help.available': 'Available now',
  'help.coming': 'Coming',
  'help.item.help': 'Type "help" to see this overview.',
  'help.item.stats': 'Absence vs target: type e.g. "what is my unit\'s absence vs target?"',
  'help.item.statsHr': 'Absence for any unit: type e.g. "absence in Hjemmeplejen Nord"',
  'help.item.frequent': 'Frequent absence: type "who has had many sick periods?"',
  'help.item.register':
    'Register sick and fit: type e.g. "Mette is sick" or "Mette is back". Correct with "Mette is only 50% sick", "change Mette\'s first sick day to Tuesday" or "Mette is not sick after all"; "undo" undoes your latest change (until the end of the next working day) – in the middle of a conversation guide, "undo" stops the guide',
  'help.item.plan': 'Follow-up plan: type e.g. "what should I do for Mette?"',
  'help.item.dueCards': 'Reminders at 8 am of contacts and conversations that are due',
  'help.item.guide': 'Conversation guide: type e.g. "prepare conversation with Mette"',
  'help.item.import': 'Data import from the payroll/HR system (SD, KMD Opus) with "npm run import"',
  'help.item.hrCases': 'Cards from leaders who ask HR for help',
  'help.item.channel':
    'Absence figures for a channel: write in the channel e.g. "subscribe to absence for Elderly Care monthly" (totals only, never persons)',
  'help.item.workflows':
    'HR workflows (outreach process, Tidlig Indsats, psychologist help, partial return): write "start workflow" or "my workflows"',
  'help.item.tab': 'The tab with the unit overview and charts',
  'help.item.tips': 'Well-being tips: type e.g. "give me a tip", "tip about trust" or "weekly tip"',
  'help.button.stats': 'Absence vs target',
  'help.button.register': 'Register sickness',
  'help.button.guide': 'Conversation guide',
  'help.noRoleBody':
    'Nærvær is a tool for leaders and HR. You have neither role, so I have nothing to show you. Talk to your leader or HR if you think this is a mistake.',
};
