/**
 * Scheduled absence summaries in channels: subscribing, the list, the summary card, and the
 * notice when a channel is lost. Danish first; English mirrors every key.
 */
export const channelsDa = {
  'channels.onlyInChannel':
    'Abonnementer på fraværsopsummeringer oprettes i den kanal, der skal have dem. Skriv til mig dér, fx "abonnér på fravær for Ældre og Sundhed hver måned".',
  'channels.notYourUnit':
    'Du kan ikke abonnere på tal for {unit} – du kan kun sætte en kanal op til enheder, hvis tal du selv må se.',
  'channels.unknownUnit': 'Jeg kender ikke en enhed, der hedder "{unit}".',
  'channels.severalUnits': 'Flere enheder passer på "{unit}": {names}. Skriv det fulde navn.',
  'channels.badCadence':
    'Hvor tit? Skriv hver uge, hver måned, kvartalsvis, halvårligt eller årligt – fx "abonnér på fravær for Ældre og Sundhed hver måned".',
  'channels.badTime':
    'Det tidspunkt kan jeg ikke bruge. Skriv en hel time fra 0 til 23 (fx "kl. 9") og en dag fra 1 til 28 (fx "den 5.").',
  'channels.noUnit':
    'Hvilken enhed? Skriv fx "abonnér på fravær for Ældre og Sundhed hver måned" eller "… for hele kommunen …".',
  'channels.duplicate': 'Kanalen abonnerer allerede på {unit} så tit. Intet er ændret.',
  'channels.noSuchSubscription': 'Det abonnement findes ikke (længere) i denne kanal.',
  'channels.subscribed.title': 'Kanalen abonnerer nu på fravær for {unit}',
  'channels.subscribed.body':
    'Opsummeringen kommer {cadence}, {when}. Den viser kun samlede tal – aldrig navne, og små grupper skjules.',
  'channels.list.title': 'Kanalens abonnementer',
  'channels.list.empty':
    'Kanalen abonnerer ikke på noget. Skriv fx "abonnér på fravær for Ældre og Sundhed hver måned".',
  'channels.list.item': '{cadence}, {when}',
  'channels.list.withMedPack': ' med MED-pakke',
  'channels.button.stop': 'Stop',
  'channels.medCadence': 'MED-pakken følger udvalgets rytme: vælg halvårligt eller årligt.',
  'channels.med.title': 'MED-pakke: trivsel og APV',
  'channels.med.score': '{score} ({date})',
  'channels.med.none': 'HR har ikke importeret trivsels- eller APV-tal for enheden endnu.',
  'channels.med.discuss':
    'Til MED-udvalget: hvad siger fraværet og trivslen sammen – og hvad kan arbejdspladsen selv ændre?',
  'channels.button.change': 'Ændr',
  'channels.noUnits':
    'Du kan ikke se tal for nogen enhed, så du kan ikke abonnere en kanal på dem.',
  'channels.settings.title': 'Abonnér kanalen på fraværstal',
  'channels.settings.body':
    'Kun samlede tal kommer i kanalen – aldrig navne, og små grupper skjules.',
  'channels.settings.unit': 'Enhed, sektor eller hele kommunen',
  'channels.settings.unitMissing': 'Vælg en enhed.',
  'channels.settings.cadence': 'Hvor tit',
  'channels.settings.day':
    'Dag (tom: første arbejdsdag; ugentligt 1–5 = mandag–fredag; ellers dag 1–28)',
  'channels.settings.dayPlaceholder': 'første arbejdsdag',
  'channels.settings.hour': 'Klokkeslæt (hel time, 0–23)',
  'channels.settings.language': 'Sprog',
  'channels.settings.medPackLabel': 'MED-pakke',
  'channels.settings.medPack':
    'Trivsels- og APV-målinger ved siden af tallene (kun halvårligt eller årligt)',
  'channels.settings.da': 'Dansk',
  'channels.settings.en': 'Engelsk',
  'channels.settings.save': 'Gem',
  'channels.invite.title': 'Nærvær er føjet til et team',
  'channels.invite.body':
    'Vil du have fraværstallene på dagsordenen i en kanal? Skriv i kanalen, fx "@Nærvær abonnér på fravær for {unit} hver måned", eller bare "@Nærvær abonnér" for at vælge i en formular. Kun samlede tal, aldrig navne.',
  'channels.cadence.weekly': 'hver uge',
  'channels.cadence.monthly': 'hver måned',
  'channels.cadence.quarterly': 'hvert kvartal',
  'channels.cadence.halfyearly': 'hvert halve år',
  'channels.cadence.yearly': 'hvert år',
  'channels.when.default': 'første arbejdsdag kl. {hour}',
  'channels.when.weekday': '{weekday} kl. {hour}',
  'channels.when.day': 'den {day}. kl. {hour}',
  'channels.weekday.1': 'mandag',
  'channels.weekday.2': 'tirsdag',
  'channels.weekday.3': 'onsdag',
  'channels.weekday.4': 'torsdag',
  'channels.weekday.5': 'fredag',
  'channels.summary.title': 'Fraværsopsummering – {unit}',
  'channels.summary.subtitle': 'Sendes {cadence}. Kun samlede tal; små grupper vises ikke.',
  'channels.summary.late': 'Denne opsummering kommer for sent (botten var ude af drift).',
  'channels.summary.sinceLast':
    'Siden sidste opsummering: {before} → {now} dage pr. fuldtidsansat.',
  'channels.summary.onTime':
    '{percent} % af de opfølgningsskridt, der skulle tages i perioden, blev taget til tiden.',
  'channels.summary.projection':
    'Fremskrivning (ikke et resultat): fortsætter året i samme tempo, ender {year} på ca. {value} dage pr. fuldtidsansat.',
  'channels.summary.ranking.title': 'Enhederne ift. deres måltal',
  'channels.summary.ranking.value': '{value} (mål {target})',
  'channels.summary.ranking.noTarget': '{value} (intet mål)',
  'channels.summary.ranking.hidden': 'for få til at vise tal',
  'channels.summary.discuss':
    'Til drøftelse: hvad i måden, vi arbejder på, kan vi selv ændre? Tal om mønstre – aldrig om enkeltpersoner.',
  'channels.lost.title': 'Kanalens fraværsopsummering er stoppet',
  'channels.lost.body':
    'Jeg kunne ikke længere sende opsummeringen for {unit} til kanalen (er jeg fjernet fra teamet?). Abonnementet er stoppet. Tilføj mig igen og abonnér på ny, hvis kanalen skal have den.',
} as const;

export const channelsEn: Record<keyof typeof channelsDa, string> = {
  'channels.onlyInChannel':
    'Subscriptions to absence summaries are made in the channel that should get them. Write to me there, e.g. "subscribe to absence for Elderly Care monthly".',
  'channels.notYourUnit':
    'You cannot subscribe to figures for {unit} – you can only set up a channel for units whose figures you may see yourself.',
  'channels.unknownUnit': 'I do not know a unit called "{unit}".',
  'channels.severalUnits': 'Several units match "{unit}": {names}. Please write the full name.',
  'channels.badCadence':
    'How often? Write weekly, monthly, quarterly, half-yearly or yearly – e.g. "subscribe to absence for Elderly Care monthly".',
  'channels.badTime':
    'I cannot use that time. Write a whole hour from 0 to 23 (e.g. "at 9") and a day from 1 to 28 (e.g. "on the 5th").',
  'channels.noUnit':
    'Which unit? Write e.g. "subscribe to absence for Elderly Care monthly" or "… for the whole municipality …".',
  'channels.duplicate': 'The channel already subscribes to {unit} that often. Nothing was changed.',
  'channels.noSuchSubscription': 'That subscription does not exist (any more) in this channel.',
  'channels.subscribed.title': 'The channel now subscribes to absence for {unit}',
  'channels.subscribed.body':
    'The summary comes {cadence}, {when}. It shows totals only – never names, and small groups are hidden.',
  'channels.list.title': "The channel's subscriptions",
  'channels.list.empty':
    'The channel has no subscriptions. Write e.g. "subscribe to absence for Elderly Care monthly".',
  'channels.list.item': '{cadence}, {when}',
  'channels.list.withMedPack': ' with the MED pack',
  'channels.button.stop': 'Stop',
  'channels.medCadence':
    "The MED pack follows the committee's rhythm: choose half-yearly or yearly.",
  'channels.med.title': 'MED pack: well-being and APV',
  'channels.med.score': '{score} ({date})',
  'channels.med.none': 'HR has not imported well-being or APV scores for the unit yet.',
  'channels.med.discuss':
    'For the MED committee: what do absence and well-being say together – and what can the workplace change itself?',
  'channels.button.change': 'Change',
  'channels.noUnits':
    'You cannot see figures for any unit, so you cannot subscribe a channel to them.',
  'channels.settings.title': 'Subscribe the channel to absence figures',
  'channels.settings.body':
    'Only totals go to the channel – never names, and small groups are hidden.',
  'channels.settings.unit': 'Unit, sector or the whole municipality',
  'channels.settings.unitMissing': 'Choose a unit.',
  'channels.settings.cadence': 'How often',
  'channels.settings.day':
    'Day (empty: first working day; weekly 1–5 = Monday–Friday; otherwise day 1–28)',
  'channels.settings.dayPlaceholder': 'first working day',
  'channels.settings.hour': 'Hour (whole hour, 0–23)',
  'channels.settings.language': 'Language',
  'channels.settings.medPackLabel': 'MED pack',
  'channels.settings.medPack':
    'Well-being and APV scores beside the figures (half-yearly or yearly only)',
  'channels.settings.da': 'Danish',
  'channels.settings.en': 'English',
  'channels.settings.save': 'Save',
  'channels.invite.title': 'Nærvær was added to a team',
  'channels.invite.body':
    'Would you like absence figures on the agenda in a channel? Write in the channel, e.g. "@Nærvær subscribe to absence for {unit} monthly", or just "@Nærvær subscribe" to choose in a form. Totals only, never names.',
  'channels.cadence.weekly': 'every week',
  'channels.cadence.monthly': 'every month',
  'channels.cadence.quarterly': 'every quarter',
  'channels.cadence.halfyearly': 'every half year',
  'channels.cadence.yearly': 'every year',
  'channels.when.default': 'on the first working day at {hour}:00',
  'channels.when.weekday': 'on {weekday} at {hour}:00',
  'channels.when.day': 'on day {day} at {hour}:00',
  'channels.weekday.1': 'Monday',
  'channels.weekday.2': 'Tuesday',
  'channels.weekday.3': 'Wednesday',
  'channels.weekday.4': 'Thursday',
  'channels.weekday.5': 'Friday',
  'channels.summary.title': 'Absence summary – {unit}',
  'channels.summary.subtitle': 'Sent {cadence}. Totals only; small groups are not shown.',
  'channels.summary.late': 'This summary comes late (the bot was out of service).',
  'channels.summary.sinceLast':
    'Since the last summary: {before} → {now} days per full-time employee.',
  'channels.summary.onTime':
    '{percent} % of the follow-up steps due in the period were taken on time.',
  'channels.summary.projection':
    'Projection (not a result): if the year goes on at this pace, {year} ends at about {value} days per full-time employee.',
  'channels.summary.ranking.title': 'The units against their targets',
  'channels.summary.ranking.value': '{value} (target {target})',
  'channels.summary.ranking.noTarget': '{value} (no target)',
  'channels.summary.ranking.hidden': 'too few to show figures',
  'channels.summary.discuss':
    'To discuss: what in the way we work can we change ourselves? Talk about patterns – never about individuals.',
  'channels.lost.title': "The channel's absence summary has stopped",
  'channels.lost.body':
    'I could no longer send the summary for {unit} to the channel (was I removed from the team?). The subscription has been stopped. Add me again and subscribe anew if the channel should get it.',
};
