/**
 * A deputy while a leader is away: setting, confirming a replacement, listing and stopping.
 * Danish first; English mirrors every key.
 */
export const deputyDa = {
  'deputy.set.title': 'Stedfortræder sat',
  'deputy.set.body':
    '{deputy} får din opfølgning – påmindelser og opgaver, der forfalder – i perioden nedenfor, og kan markere dem som udført eller udskyde dem. {deputy} ser ikke din statistik og får ingen andre af dine rettigheder.',
  'deputy.set.ends':
    'Det stopper af sig selv efter {to}. Skriv "stop stedfortræder" for at stoppe før.',
  'deputy.set.replaced': 'Det erstatter {deputy} ({period}).',
  'deputy.named.title': 'Du er stedfortræder',
  'deputy.named.body':
    '{leader} har gjort dig til stedfortræder. I perioden nedenfor får du {leader}s opfølgning for enhederne i din daglige besked og kan markere opgaverne som udført eller udskyde dem.',
  'deputy.fact.deputy': 'Stedfortræder',
  'deputy.fact.leader': 'Leder',
  'deputy.fact.period': 'Periode',
  'deputy.fact.units': 'Enheder',
  'deputy.fact.status': 'Status',
  'deputy.period': '{from} – {to}',
  'deputy.status.inForce': 'I kraft nu',
  'deputy.status.ahead': 'Starter {from}',
  'deputy.replace.title': 'Du har allerede en stedfortræder',
  'deputy.replace.body':
    'Du kan have én stedfortræder ad gangen. Skal {deputy} erstatte den, du har nu?',
  'deputy.replace.now': 'Nu',
  'deputy.replace.new': 'Ny',
  'deputy.button.replace': 'Erstat',
  'deputy.button.keep': 'Behold den nuværende',
  'deputy.button.stop': 'Stop stedfortræder',
  'deputy.kept': 'Din nuværende stedfortræder er uændret.',
  'deputy.list.title': 'Stedfortrædere',
  'deputy.list.mine': 'Din stedfortræder',
  'deputy.list.noneMine':
    'Du har ingen stedfortræder. Skriv fx "Karen tager over 6.–24. juli", når du skal være væk.',
  'deputy.list.covering': 'Du er stedfortræder for',
  'deputy.ended.title': 'Stedfortræder stoppet',
  'deputy.ended.body': '{deputy} får ikke længere din opfølgning. Den kommer til dig igen.',
  'deputy.none': 'Du har ingen stedfortræder at stoppe.',
  'deputy.help':
    'Når du skal være væk, kan en anden leder eller en HR-konsulent få din opfølgning. Skriv fx "Karen tager over 6.–24. juli" eller "Karen Olsen er min stedfortræder fra 6. til 24. juli".',
  'deputy.error.noDates':
    'Hvilke dage skal {name} tage over? Skriv fx "{name} tager over 6.–24. juli".',
  'deputy.error.dates':
    'Jeg kan ikke læse datoerne "{when}". Skriv fx "6.–24. juli", "6/7-24/7" eller "fra mandag til fredag".',
  'deputy.error.past': 'Perioden sluttede {to}. Vælg dage fra i dag og frem.',
  'deputy.error.tooLong': 'En stedfortræder kan højst sættes for {days} dage ad gangen.',
  'deputy.error.unknownPerson':
    'Jeg kan ikke finde "{name}" blandt ledere og HR-konsulenter i Nærvær. Skriv navnet, som det står i Teams.',
  'deputy.error.severalPersons':
    'Flere hedder "{name}": {names}. Skriv hele navnet på den, der skal være stedfortræder.',
  'deputy.error.self': 'Du kan ikke være din egen stedfortræder.',
  'deputy.error.notLeaderOrHr':
    '{name} kan ikke være stedfortræder: en stedfortræder skal være leder eller HR-konsulent i Nærvær, fordi opfølgningen handler om medarbejderes fravær.',
  'deputy.error.notYourUnit':
    'Du kan kun give opfølgningen videre for de enheder, du selv er leder for, og {unit} er ikke en af dem.',
  'deputy.error.unknownUnit': 'Jeg kan ikke finde enheden "{unit}".',
  'deputy.error.severalUnits': 'Flere enheder passer på "{unit}". Skriv hele navnet.',
} as const;

export const deputyEn: Record<keyof typeof deputyDa, string> = {
  'deputy.set.title': 'Deputy set',
  'deputy.set.body':
    '{deputy} gets your follow-up – reminders and tasks that fall due – for the period below, and can mark them done or postpone them. {deputy} does not see your statistics and gets none of your other permissions.',
  'deputy.set.ends': 'It ends by itself after {to}. Write "stop deputy" to stop it earlier.',
  'deputy.set.replaced': 'It replaces {deputy} ({period}).',
  'deputy.named.title': 'You are a deputy',
  'deputy.named.body':
    "{leader} has made you their deputy. During the period below you get {leader}'s follow-up for the units in your daily message and can mark the tasks done or postpone them.",
  'deputy.fact.deputy': 'Deputy',
  'deputy.fact.leader': 'Leader',
  'deputy.fact.period': 'Period',
  'deputy.fact.units': 'Units',
  'deputy.fact.status': 'Status',
  'deputy.period': '{from} – {to}',
  'deputy.status.inForce': 'In force now',
  'deputy.status.ahead': 'Starts {from}',
  'deputy.replace.title': 'You already have a deputy',
  'deputy.replace.body':
    'You can have one deputy at a time. Should {deputy} replace the one you have now?',
  'deputy.replace.now': 'Now',
  'deputy.replace.new': 'New',
  'deputy.button.replace': 'Replace',
  'deputy.button.keep': 'Keep the current one',
  'deputy.button.stop': 'Stop deputy',
  'deputy.kept': 'Your current deputy is unchanged.',
  'deputy.list.title': 'Deputies',
  'deputy.list.mine': 'Your deputy',
  'deputy.list.noneMine':
    'You have no deputy. When you will be away, write e.g. "Karen covers for me 6–24 July".',
  'deputy.list.covering': 'You are the deputy for',
  'deputy.ended.title': 'Deputy stopped',
  'deputy.ended.body': '{deputy} no longer gets your follow-up. It comes to you again.',
  'deputy.none': 'You have no deputy to stop.',
  'deputy.help':
    'When you will be away, another leader or an HR consultant can get your follow-up. Write e.g. "Karen covers for me 6–24 July" or "Karen Olsen is my deputy from 6 to 24 July".',
  'deputy.error.noDates':
    'Which days should {name} cover? Write e.g. "{name} covers for me 6–24 July".',
  'deputy.error.dates':
    'I cannot read the dates "{when}". Write e.g. "6–24 July", "6/7-24/7" or "from Monday to Friday".',
  'deputy.error.past': 'That period ended {to}. Choose days from today on.',
  'deputy.error.tooLong': 'A deputy can be set for at most {days} days at a time.',
  'deputy.error.unknownPerson':
    'I cannot find "{name}" among the leaders and HR consultants in Nærvær. Write the name as it appears in Teams.',
  'deputy.error.severalPersons':
    'Several people are called "{name}": {names}. Write the full name of your deputy.',
  'deputy.error.self': 'You cannot be your own deputy.',
  'deputy.error.notLeaderOrHr':
    "{name} cannot be a deputy: a deputy must be a leader or an HR consultant in Nærvær, because follow-up is about employees' absence.",
  'deputy.error.notYourUnit':
    'You can only hand over follow-up for the units you lead yourself, and {unit} is not one of them.',
  'deputy.error.unknownUnit': 'I cannot find the unit "{unit}".',
  'deputy.error.severalUnits': 'Several units match "{unit}". Write the full name.',
};
