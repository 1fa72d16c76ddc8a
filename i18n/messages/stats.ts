/**
 * Strings for the stats feature (absence vs target, ranking, unit choice, frequent absence).
 * Danish first; English mirrors every key. Counts are passed as strings (numbers get one decimal).
 */
export const statsDa = {
  'stats.title': 'Sygefravær – {unit}',
  'stats.window': 'Rullende 12 måneder: {from} – {to}',
  'stats.window.year': 'Kalenderåret {year}: {from} – {to}',
  'stats.headline': '{value} dage pr. fuldtidsansat',
  'stats.headlineCaption':
    'Sygefravær i dagsværk pr. fuldtidsansat de seneste 12 måneder (1 dagsværk = 7,4 timer).',
  'stats.headlineCaption.year':
    'Sygefravær i dagsværk pr. fuldtidsansat i {year} (1 dagsværk = 7,4 timer).',
  'stats.partialData':
    'Der er kun fraværsdata fra {date}, så tallene dækker ikke hele perioden og er for lave.',
  'stats.dataFrom': 'data kun fra {date}',
  'stats.noVerdict':
    'Tallet holdes ikke op mod måltallet, fordi der kun er data fra {date}. Det ville se bedre ud, end det er.',
  'stats.percent': 'Det svarer til {value} % af den planlagte arbejdstid.',
  'stats.gap.above': '{gap} dage over måltal',
  'stats.gap.below': '{gap} dage under måltal',
  'stats.gap.at': 'På måltal',
  'stats.target': 'Måltal {year}: {target} dage pr. fuldtidsansat',
  'stats.target.inherited': 'Måltallet er arvet fra {unit}.',
  'stats.target.computed':
    'Måltallet er beregnet ud fra landsgennemsnittet for jeres personalegrupper ({source} {year}).',
  'stats.noTarget':
    'Der er ikke sat et måltal for {unit}. Her kan du i stedet se udviklingen og sammenligne med andre.',
  'stats.previousYear': 'For et år siden: {value} dage pr. fuldtidsansat.',
  'stats.previousYear.partial':
    'For et år siden: {value} dage pr. fuldtidsansat – data kun fra {date}, så det sammenlignes ikke med i år.',
  'stats.trend.title': 'Udvikling måned for måned',
  'stats.trend.caption':
    'Dage pr. fuldtidsansat i hver måned, omregnet til et helt år, så tallet kan holdes op mod måltallet. Kun hele måneder tæller med – den igangværende måned kommer med, når den er slut.',
  'stats.trend.title.year': 'Udvikling måned for måned i {year}',
  'stats.trend.current': 'Seneste 12 måneder',
  'stats.trend.current.year': 'År {year}',
  'stats.trend.yearEarlier': 'Samme måneder året før',
  'stats.trend.yearEarlier.year': 'Året før ({year})',
  'stats.trend.target': 'Måltal {target} (vandret linje)',
  'stats.trend.partial': '{series} – {note}',
  'stats.trend.showFigures': 'Vis tallene måned for måned',
  'stats.trend.point': '{value} (året før: {earlier})',
  'stats.noFigure': '–',
  'stats.shortLong.title': 'Korte og lange sygeperioder',
  'stats.shortLong.short': 'Korte (op til {max} dage)',
  'stats.shortLong.long': 'Lange (over {max} dage)',
  'stats.shortLong.value': '{periods} perioder · {days} dagsværk',
  'stats.shortLong.total': 'Sygeperioder i alt',
  'stats.compare.title': 'Sammenligning',
  'stats.compare.comparable': 'Lignende enheder ({type}, {count})',
  'stats.compare.sector': '{name} (forvaltning)',
  'stats.compare.municipality': '{name} (hele kommunen)',
  'stats.compare.staffMix': 'Landsgennemsnit for jeres personalegrupper ({source} {year})',
  'stats.compare.target': 'Måltal',
  'stats.compare.suppressed': 'For få medarbejdere til at vise tal',
  'stats.compare.wouldReveal':
    'Vises ikke: sammen med jeres egne tal ville det afsløre en lille gruppes fravær',
  'stats.compare.axis': 'Dage pr. fuldtidsansat',
  'stats.compare.partial':
    'Alle tal her har data kun fra {date}. Derfor er måltal og landsgennemsnit udeladt.',
  'stats.suppressed':
    'Der er for få medarbejdere i {unit} til, at jeg kan vise tallene. Det beskytter den enkeltes oplysninger.',
  'stats.empty':
    'Der er ingen medarbejdere med i statistikken for {unit} i perioden, så der er ingen tal at vise.',
  'stats.noData':
    'Der er ikke indlæst fraværsdata for perioden endnu, så der er ingen tal for {unit} at vise.',
  'stats.emptyYear':
    'Der er ingen tal for {unit} i {year}. Enten var der ingen medarbejdere med i statistikken det år, eller også er årets data ikke importeret.',
  'stats.futureYear':
    'Der er ingen tal for {year} endnu. Skriv fx "sygefravær sidste 12 måneder" eller et år, der er gået.',
  'stats.gauge.title': 'Sygefravær ift. måltal',
  'stats.gauge.subLabel': 'Måltal {target} dage',
  'stats.gauge.under': 'Op til måltal',
  'stats.gauge.over': 'Over måltal',
  'stats.gauge.unit': 'Jeres sygefravær',
  'stats.dialogue.title': 'Tag snakken',
  'stats.tip.title': 'Godt råd',
  'stats.prompt.above':
    'Tag tallet med på næste personalemøde eller i MED: Hvad tror I selv ligger bag – og hvad kan I gøre sammen?',
  'stats.prompt.rising':
    'Fraværet er steget det seneste år. Hvad har ændret sig hos jer – opgaver, bemanding, ledelse eller de fysiske rammer?',
  'stats.prompt.at':
    'I ligger på måltallet. Fortæl medarbejderne, hvor I står, og spørg, hvad der hjælper jer med at holde niveauet.',
  'stats.prompt.below':
    'I ligger under måltallet. Spørg medarbejderne, hvad der virker hos jer, så I kan holde fast i det.',
  'stats.prompt.noTarget':
    'Hvordan ser I selv niveauet i forhold til lignende arbejdspladser – og er der mønstre, I vil se nærmere på?',
  'stats.prompt.incomplete':
    'Tallene dækker kun en del af perioden, så de er for lave til at holde op mod måltallet eller sidste år. Se på de enkelte måneder: Hvad fortæller de jer?',
  'stats.tip.T047':
    'Saml fraværsstatistik systematisk på alle niveauer, så alle taler ud fra de samme tal.',
  'stats.tip.T048':
    'Drøft i MED, hvad tallene skal bruges til – så bliver de et fælles redskab og ikke kontrol.',
  'stats.tip.T049': 'Aftal, hvor ofte fraværstallene skal ud. En fast rytme giver ro og fokus.',
  'stats.tip.T050': 'Aftal, hvor ofte og i hvilke fora statistikken skal drøftes.',
  'stats.tip.T051':
    'Kig efter mønstre: Er det mange korte perioder eller få lange? Bestemte måneder, vagter eller teams? Mønstrene siger mere end gennemsnittet.',
  'stats.tip.T052':
    'Lad aldrig tallene stå alene. Følg op med en snak om, hvad der ligger bag, og aftal, hvad I gør.',
  'stats.tip.T053': 'Hold samtidig øje med trivslen og dens tal – fravær og trivsel hænger sammen.',
  'stats.tip.T054': 'Aftal på forhånd, hvad der sker, når fraværet når et bestemt niveau.',
  'stats.tip.T055': 'Tal om fravær i dage frem for procent: "15 sygedage" siger mere end "5,3 %".',
  'stats.tip.T056':
    'Se på rullende 12 måneder, så vinterens højere fravær ikke forstyrrer billedet.',
  'stats.tip.T057': 'Tag tallene med et gran salt: De giver et indtryk, sjældent hele billedet.',
  'stats.tip.T058':
    'Fortæl medarbejderne, hvor stort fraværet er, og hvad det betyder for kolleger og opgaver – mange ved det ikke.',
  'stats.tip.T059':
    'Sammenlign med lignende arbejdspladser. Det hjælper jer forbi "vi er noget særligt" og viser, hvad der kan lade sig gøre.',
  'stats.tip.T060':
    'Når tallene flytter sig, så grav i hvorfor. Forklaringen er ofte en anden, end man tror – fx et lederskifte eller en ombygning.',
  'stats.tip.T061':
    'Læg fraværstallene ved siden af trivselsmålingen og APV’en – de forklarer ofte mere end tallene alene.',
  'stats.tip.T062':
    'Når fraværet allerede er lavt, så undgå at holde konstant øje med tallene. Det kan virke modsat.',
  'stats.tip.T063': 'Saml nok tal til at holde fokus, men undgå "talforstoppelse".',
  'stats.tip.T064':
    'Overvej at vise enhedens fraværstal åbent på arbejdspladsen, så alle kan følge med.',
  'stats.month.1': 'jan',
  'stats.month.2': 'feb',
  'stats.month.3': 'mar',
  'stats.month.4': 'apr',
  'stats.month.5': 'maj',
  'stats.month.6': 'jun',
  'stats.month.7': 'jul',
  'stats.month.8': 'aug',
  'stats.month.9': 'sep',
  'stats.month.10': 'okt',
  'stats.month.11': 'nov',
  'stats.month.12': 'dec',
  'stats.date': '{day}. {month} {year}',
  'stats.button.open': 'Åbn',
  'stats.opened': 'Enhedens tal kommer i en ny besked nedenfor. Listen bliver stående.',
  'stats.button.frequent': 'Hvem har mange sygeperioder?',
  'stats.ranking.title': 'Fravær ift. måltal – {scope}',
  'stats.ranking.titleYear': 'Fravær ift. måltal {year} – {scope}',
  'stats.ranking.subtitle':
    'Rullende 12 måneder til og med {date}. Enhederne længst over måltal står øverst.',
  'stats.ranking.subtitleYear': 'Kalenderåret {year}. Enhederne længst over måltal står øverst.',
  'stats.ranking.subtitle.partial':
    'Rullende 12 måneder til og med {date}. Enhederne med mest fravær står øverst.',
  'stats.ranking.subtitleYear.partial':
    'Kalenderåret {year}. Enhederne med mest fravær står øverst.',
  'stats.ranking.value': '{value} dage pr. fuldtidsansat',
  'stats.ranking.noTarget': 'Intet måltal',
  'stats.ranking.suppressed': 'For få medarbejdere til at vise tal',
  'stats.ranking.empty': 'Ingen medarbejdere i perioden',
  'stats.ranking.noData': 'Ingen fraværsdata for perioden',
  'stats.ranking.dataFrom': 'Data kun fra {date} – for lavt til at holde op mod måltallet',
  'stats.ranking.chart': 'Dage pr. fuldtidsansat pr. enhed',
  'stats.ranking.more': 'Viser {shown} af {total} enheder. Skriv navnet på en enhed for at se den.',
  'stats.ranking.none': 'Der er ingen enheder at vise.',
  'stats.ranking.yourUnits': 'dine enheder',
  'stats.choice.title': 'Hvilken enhed mener du?',
  'stats.choice.body': 'Flere enheder passer på "{query}". Vælg den, du vil se.',
  'stats.choice.more':
    'Der er {total} enheder, der passer. Skriv et mere præcist navn, hvis din ikke er på listen.',
  'stats.unknownUnit':
    'Jeg kan ikke finde en enhed, der hedder "{query}". Prøv at skrive navnet lidt anderledes.',
  'stats.notYourUnit': 'Du kan kun se tal for de enheder, du er leder for (og deres underenheder).',
  'stats.frequentLeadersOnly':
    'Listen over medarbejdere med hyppigt fravær er kun for lederen af enheden. Som HR kan du se enhedens samlede tal.',
  'stats.frequent.title': 'Medarbejdere med hyppigt sygefravær',
  'stats.frequent.intro':
    'Disse medarbejdere i {unit} har nået kommunens grænser for sygefravær. Brug det som anledning til en omsorgsfuld samtale om, hvordan de har det – ikke som en advarsel.',
  'stats.frequent.privacy':
    'Listen er kun til dig som leder. Del den ikke, og spørg aldrig til diagnosen.',
  'stats.frequent.periods': '{value} sygeperioder på {months} måneder (grænse: {threshold})',
  'stats.frequent.days': '{value} sygedage på {months} måneder (grænse: {threshold})',
  'stats.frequent.none': 'Ingen medarbejdere i {unit} har nået grænserne lige nu.',
  'stats.frequent.more': 'Viser {shown} af {total} medarbejdere.',
} as const;

export const statsEn: Record<keyof typeof statsDa, string> = {
  'stats.title': 'Sickness absence – {unit}',
  'stats.window': 'Rolling 12 months: {from} – {to}',
  'stats.window.year': 'Calendar year {year}: {from} – {to}',
  'stats.headline': '{value} days per full-time employee',
  'stats.headlineCaption':
    'Sickness absence in working days lost per full-time employee over the last 12 months (1 day = 7.4 hours).',
  'stats.headlineCaption.year':
    'Sickness absence in working days lost per full-time employee in {year} (1 day = 7.4 hours).',
  'stats.partialData':
    'There is absence data only from {date}, so the figures do not cover the whole period and are too low.',
  'stats.dataFrom': 'data only from {date}',
  'stats.noVerdict':
    'The figure is not held against the target, because there is data only from {date}. It would look better than it is.',
  'stats.percent': 'That is {value} % of the planned working time.',
  'stats.gap.above': '{gap} days above target',
  'stats.gap.below': '{gap} days below target',
  'stats.gap.at': 'On target',
  'stats.target': 'Target {year}: {target} days per full-time employee',
  'stats.target.inherited': 'The target is inherited from {unit}.',
  'stats.target.computed':
    'The target is computed from the national average for your staff groups ({source} {year}).',
  'stats.noTarget':
    'No target has been set for {unit}. Instead you can see the trend and compare with others.',
  'stats.previousYear': 'A year ago: {value} days per full-time employee.',
  'stats.previousYear.partial':
    'A year ago: {value} days per full-time employee – data only from {date}, so it is not compared with this year.',
  'stats.trend.title': 'Month by month',
  'stats.trend.caption':
    'Days per full-time employee in each month, scaled to a full year so that it can be held against the target. Only complete months count – the current month is added when it is over.',
  'stats.trend.title.year': 'Month by month in {year}',
  'stats.trend.current': 'Last 12 months',
  'stats.trend.current.year': 'Year {year}',
  'stats.trend.yearEarlier': 'Same months a year earlier',
  'stats.trend.yearEarlier.year': 'The year before ({year})',
  'stats.trend.target': 'Target {target} (flat line)',
  'stats.trend.partial': '{series} – {note}',
  'stats.trend.showFigures': 'Show the figures month by month',
  'stats.trend.point': '{value} (a year earlier: {earlier})',
  'stats.noFigure': '–',
  'stats.shortLong.title': 'Short and long sick periods',
  'stats.shortLong.short': 'Short (up to {max} days)',
  'stats.shortLong.long': 'Long (over {max} days)',
  'stats.shortLong.value': '{periods} periods · {days} days lost',
  'stats.shortLong.total': 'Sick periods in all',
  'stats.compare.title': 'Comparison',
  'stats.compare.comparable': 'Similar units ({type}, {count})',
  'stats.compare.sector': '{name} (department)',
  'stats.compare.municipality': '{name} (whole municipality)',
  'stats.compare.staffMix': 'National average for your staff groups ({source} {year})',
  'stats.compare.target': 'Target',
  'stats.compare.suppressed': 'Too few employees to show',
  'stats.compare.wouldReveal':
    'Not shown: together with your own figures it would reveal a small group’s absence',
  'stats.compare.axis': 'Days per full-time employee',
  'stats.compare.partial':
    'All figures here have data only from {date}. So the target and the national average are left out.',
  'stats.suppressed':
    'There are too few employees in {unit} for me to show the figures. This protects each person’s information.',
  'stats.empty':
    'No employees in {unit} are in the statistics for the period, so there are no figures to show.',
  'stats.noData':
    'No absence data has been imported for the period yet, so there are no figures for {unit} to show.',
  'stats.emptyYear':
    'There are no figures for {unit} in {year}. Either no employees were in the statistics that year, or its data has not been imported.',
  'stats.futureYear':
    'There are no figures for {year} yet. Try "sickness absence last 12 months" or a year that has passed.',
  'stats.gauge.title': 'Sickness absence vs target',
  'stats.gauge.subLabel': 'Target {target} days',
  'stats.gauge.under': 'Up to target',
  'stats.gauge.over': 'Above target',
  'stats.gauge.unit': 'Your sickness absence',
  'stats.dialogue.title': 'Talk about it',
  'stats.tip.title': 'Tip',
  'stats.prompt.above':
    'Bring the figure to your next staff meeting or MED committee: what do you think lies behind it – and what can you do together?',
  'stats.prompt.rising':
    'Absence has risen over the past year. What has changed for you – tasks, staffing, leadership or the physical setting?',
  'stats.prompt.at':
    'You are on target. Tell your staff where you stand, and ask what helps you keep the level.',
  'stats.prompt.below':
    'You are below target. Ask your staff what works for you, so that you can hold on to it.',
  'stats.prompt.noTarget':
    'How do you see the level compared with similar workplaces – and are there patterns you want to look into?',
  'stats.prompt.incomplete':
    'The figures cover only part of the period, so they are too low to hold against the target or last year. Look at the single months: what do they tell you?',
  'stats.tip.T047':
    'Collect absence statistics systematically at all levels, so everyone talks from the same figures.',
  'stats.tip.T048':
    'Discuss in MED what the figures are for – then they become a shared tool, not control.',
  'stats.tip.T049':
    'Agree how often absence figures are reported. A steady rhythm gives calm and focus.',
  'stats.tip.T050': 'Agree how often, and in which forums, the statistics are discussed.',
  'stats.tip.T051':
    'Look for patterns: many short periods or a few long ones? Certain months, shifts or teams? Patterns say more than the average.',
  'stats.tip.T052':
    'Never let the figures stand alone. Follow up with a talk about what lies behind them, and agree what you will do.',
  'stats.tip.T053':
    'Keep an eye on well-being and its figures at the same time – absence and well-being go together.',
  'stats.tip.T054': 'Agree in advance what happens when absence passes a set level.',
  'stats.tip.T055':
    'Talk about absence in days rather than percent: "15 sick days" says more than "5.3 %".',
  'stats.tip.T056':
    'Look at a rolling 12 months, so that the higher winter absence does not blur the picture.',
  'stats.tip.T057':
    'Take the figures with a pinch of salt: they give an impression, rarely the full picture.',
  'stats.tip.T058':
    'Tell your staff how big absence is and what it means for colleagues and tasks – many do not know.',
  'stats.tip.T059':
    'Compare with similar workplaces. It gets you past "we are special" and shows what is possible.',
  'stats.tip.T060':
    'When the figures move, dig into why. The reason is often not what you think – a change of leader or building works, for example.',
  'stats.tip.T061':
    'Put the absence figures next to the well-being survey and the workplace assessment (APV) – they often explain more than the figures alone.',
  'stats.tip.T062':
    'Where absence is already low, avoid watching the figures all the time. It can backfire.',
  'stats.tip.T063': 'Gather enough figures to keep the focus, but avoid "number constipation".',
  'stats.tip.T064':
    'Consider showing the unit’s absence figures openly at the workplace, so that everyone can follow them.',
  'stats.month.1': 'Jan',
  'stats.month.2': 'Feb',
  'stats.month.3': 'Mar',
  'stats.month.4': 'Apr',
  'stats.month.5': 'May',
  'stats.month.6': 'Jun',
  'stats.month.7': 'Jul',
  'stats.month.8': 'Aug',
  'stats.month.9': 'Sep',
  'stats.month.10': 'Oct',
  'stats.month.11': 'Nov',
  'stats.month.12': 'Dec',
  'stats.date': '{day} {month} {year}',
  'stats.button.open': 'Open',
  'stats.opened': "The unit's figures follow in a new message below. The list stays.",
  'stats.button.frequent': 'Who has had many sick periods?',
  'stats.ranking.title': 'Absence vs target – {scope}',
  'stats.ranking.titleYear': 'Absence vs target {year} – {scope}',
  'stats.ranking.subtitle':
    'Rolling 12 months up to {date}. The units furthest above target come first.',
  'stats.ranking.subtitleYear': 'Calendar year {year}. The units furthest above target come first.',
  'stats.ranking.subtitle.partial':
    'Rolling 12 months up to {date}. The units with the most absence come first.',
  'stats.ranking.subtitleYear.partial':
    'Calendar year {year}. The units with the most absence come first.',
  'stats.ranking.value': '{value} days per full-time employee',
  'stats.ranking.noTarget': 'No target',
  'stats.ranking.suppressed': 'Too few employees to show',
  'stats.ranking.empty': 'No employees in the period',
  'stats.ranking.noData': 'No absence data for the period',
  'stats.ranking.dataFrom': 'Data only from {date} – too low to hold against the target',
  'stats.ranking.chart': 'Days per full-time employee by unit',
  'stats.ranking.more': 'Showing {shown} of {total} units. Type the name of a unit to see it.',
  'stats.ranking.yourUnits': 'your units',
  'stats.ranking.none': 'There are no units to show.',
  'stats.choice.title': 'Which unit do you mean?',
  'stats.choice.body': 'Several units match "{query}". Choose the one you want to see.',
  'stats.choice.more': '{total} units match. Type a more precise name if yours is not on the list.',
  'stats.unknownUnit':
    'I cannot find a unit called "{query}". Try writing the name a little differently.',
  'stats.notYourUnit': 'You can only see figures for the units you lead (and their sub-units).',
  'stats.frequentLeadersOnly':
    "The list of employees with frequent absence is for the unit's leader only. As HR you can see the unit's overall figures.",
  'stats.frequent.title': 'Employees with frequent sickness absence',
  'stats.frequent.intro':
    'These employees in {unit} have reached the municipality’s limits for sickness absence. Use it as a reason for a caring conversation about how they are doing – not as a warning.',
  'stats.frequent.privacy':
    'This list is for you as their leader only. Do not share it, and never ask about a diagnosis.',
  'stats.frequent.periods': '{value} sick periods in {months} months (limit: {threshold})',
  'stats.frequent.days': '{value} sick days in {months} months (limit: {threshold})',
  'stats.frequent.none': 'No employees in {unit} have reached the limits right now.',
  'stats.frequent.more': 'Showing {shown} of {total} employees.',
};
