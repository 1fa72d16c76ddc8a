/** The leader's and HR's overviews: who is sick today, one employee, units compared, late steps. */
export const overviewDa = {
  'overview.title': 'Overblik {date}',
  'overview.sick.title': 'Syge i dag ({count})',
  'overview.sick.none': 'Ingen af dine medarbejdere er registreret syge i dag.',
  'overview.sick.since': 'Syg siden {date} · dag {day}',
  'overview.sick.more': 'Og {count} mere.',
  'overview.due.title': 'Opfølgning i dag ({count})',
  'overview.due.none': 'Der venter ingen opfølgning i dag.',
  'overview.due.missed': 'Skulle være sket {date}',
  'overview.due.more':
    'Og {count} mere. Skriv "hvad skal jeg gøre for" og et navn for at se en medarbejders plan.',
  'overview.leadersOnly':
    'Overblikket viser dine egne medarbejdere, så det er for ledere, og du er ikke registreret som leder i Nærvær.',
  'overview.leadersOnlyHr':
    'Overblikket viser en leders egne medarbejdere. Som HR kan du skrive "forsinkede opfølgninger" for at se, hvad der halter i de enheder, du dækker.',

  'overview.employee.title': '{name} – fravær og opfølgning',
  'overview.employee.unit': 'Enhed',
  'overview.employee.sickNow': 'Syg nu',
  'overview.employee.sickNowValue': 'Siden {date} · dag {day}',
  'overview.employee.lastPeriod': 'Seneste sygeperiode',
  'overview.employee.lastPeriodValue': '{start} – {end} ({days} dage)',
  'overview.employee.noPeriod': 'Ingen sygeperiode registreret',
  'overview.employee.lastYear': 'Sidste 12 måneder',
  'overview.employee.lastYearValue': 'Sygeperioder: {periods} · sygedage: {days}',
  'overview.employee.triggerPeriods':
    'Når grænsen for hyppigt fravær: {value} sygeperioder på {months} måneder (grænsen er {threshold}).',
  'overview.employee.triggerDays':
    'Når grænsen for hyppigt fravær: {value} sygedage på {months} måneder (grænsen er {threshold}).',
  'overview.employee.triggerHint':
    'En samtale om fraværet kan hjælpe jer begge. Tal om trivsel og arbejdet – aldrig om diagnosen. Skriv "samtaleguide for {name}" for at forberede den.',
  'overview.employee.plan': 'Opfølgningsplan',
  'overview.employee.planPolicy': 'Retningslinje: {policy}',
  'overview.employee.noPlan': 'Der er ingen opfølgningsplan lige nu.',
  'overview.employee.planMore':
    'Og {count} trin mere. Skriv "hvad skal jeg gøre for {name}" for hele planen.',
  'overview.employee.notFound':
    'Jeg kan ikke finde "{name}" blandt dine medarbejdere. Skriv navnet, som det står i personalesystemet.',
  'overview.employee.notYours': 'Den medarbejder er ikke blandt dine medarbejdere.',
  'overview.employee.leadersOnly':
    'Det er kun ledere, der kan se en medarbejders fravær – og kun for deres egne medarbejdere.',

  'overview.compare.noUnits':
    'Du er ikke leder for nogen enheder, så der er ikke noget at sammenligne.',
  'overview.compare.single':
    'Du er leder for {unit}, som ikke har underenheder, så der er ikke noget at sammenligne. Skriv "fravær vs. måltal" for at se enhedens tal.',

  'overview.hrLate.title': 'Opfølgning, der er forsinket eller snart skal ske',
  'overview.hrLate.titleLegal': '§ 7a-samtaler, der mangler',
  'overview.hrLate.intro':
    'I de enheder, du dækker: trin, der er forsinkede eller skal ske inden for {days} arbejdsdage. Mest forsinket først.',
  'overview.hrLate.none':
    'Intet er forsinket eller skal ske inden for {days} arbejdsdage i de enheder, du dækker.',
  'overview.hrLate.noneLegal':
    'Ingen § 7a-samtale er forsinket eller skal holdes inden for {days} arbejdsdage i de enheder, du dækker.',
  'overview.hrLate.row': '{name} · {step}',
  'overview.hrLate.leader': 'Leder: {leader}',
  'overview.hrLate.late': '{due} · {days} arbejdsdage forsinket',
  'overview.hrLate.lateOne': '{due} · 1 arbejdsdag forsinket',
  'overview.hrLate.lateWeekend': '{due} · forsinket',
  'overview.hrLate.today': '{due} · i dag',
  'overview.hrLate.soon': '{due} · om {days} arbejdsdage',
  'overview.hrLate.soonOne': '{due} · næste arbejdsdag',
  'overview.hrLate.more': 'Og {count} mere.',
  'overview.hrLate.hrOnly': 'Det overblik er for HR-konsulenter og HR-administratorer.',
  'overview.hrLate.leaderHint':
    'Det overblik er for HR. Skriv "overblik" for at se, hvem af dine medarbejdere der er syge, og hvad der skal ske i dag.',
} as const;

export const overviewEn: Record<keyof typeof overviewDa, string> = {
  'overview.title': 'Overview {date}',
  'overview.sick.title': 'Sick today ({count})',
  'overview.sick.none': 'None of your employees is registered as sick today.',
  'overview.sick.since': 'Sick since {date} · day {day}',
  'overview.sick.more': 'And {count} more.',
  'overview.due.title': 'Follow-up today ({count})',
  'overview.due.none': 'No follow-up is waiting today.',
  'overview.due.missed': 'Should have happened {date}',
  'overview.due.more':
    'And {count} more. Type "what should I do for" and a name to see an employee\'s plan.',
  'overview.leadersOnly':
    'The overview shows your own employees, so it is for leaders, and you are not registered as a leader in Nærvær.',
  'overview.leadersOnlyHr':
    'The overview shows a leader\'s own employees. As HR you can type "late follow-ups" to see what is behind in the units you cover.',

  'overview.employee.title': '{name} – absence and follow-up',
  'overview.employee.unit': 'Unit',
  'overview.employee.sickNow': 'Sick now',
  'overview.employee.sickNowValue': 'Since {date} · day {day}',
  'overview.employee.lastPeriod': 'Latest sick period',
  'overview.employee.lastPeriodValue': '{start} – {end} ({days} days)',
  'overview.employee.noPeriod': 'No sick period registered',
  'overview.employee.lastYear': 'Last 12 months',
  'overview.employee.lastYearValue': 'Sick periods: {periods} · sick days: {days}',
  'overview.employee.triggerPeriods':
    'Reaches the limit for frequent absence: {value} sick periods in {months} months (the limit is {threshold}).',
  'overview.employee.triggerDays':
    'Reaches the limit for frequent absence: {value} sick days in {months} months (the limit is {threshold}).',
  'overview.employee.triggerHint':
    'A conversation about the absence can help you both. Talk about well-being and the work – never about the diagnosis. Type "prepare conversation with {name}" to get ready for it.',
  'overview.employee.plan': 'Follow-up plan',
  'overview.employee.planPolicy': 'Guideline: {policy}',
  'overview.employee.noPlan': 'There is no follow-up plan right now.',
  'overview.employee.planMore':
    'And {count} more steps. Type "what should I do for {name}" for the whole plan.',
  'overview.employee.notFound':
    'I cannot find "{name}" among your employees. Write the name as it appears in the HR system.',
  'overview.employee.notYours': 'That person is not among your employees.',
  'overview.employee.leadersOnly':
    "Only leaders can see an employee's absence – and only for their own employees.",

  'overview.compare.noUnits': 'You do not lead any units, so there is nothing to compare.',
  'overview.compare.single':
    'You lead {unit}, which has no sub-units, so there is nothing to compare. Type "absence vs target" to see the unit\'s figures.',

  'overview.hrLate.title': 'Follow-up that is late or due soon',
  'overview.hrLate.titleLegal': '§ 7a conversations still missing',
  'overview.hrLate.intro':
    'In the units you cover: steps that are late or due within {days} working days. Most late first.',
  'overview.hrLate.none':
    'Nothing is late or due within {days} working days in the units you cover.',
  'overview.hrLate.noneLegal':
    'No § 7a conversation is late or due within {days} working days in the units you cover.',
  'overview.hrLate.row': '{name} · {step}',
  'overview.hrLate.leader': 'Leader: {leader}',
  'overview.hrLate.late': '{due} · {days} working days late',
  'overview.hrLate.lateOne': '{due} · 1 working day late',
  'overview.hrLate.lateWeekend': '{due} · late',
  'overview.hrLate.today': '{due} · today',
  'overview.hrLate.soon': '{due} · in {days} working days',
  'overview.hrLate.soonOne': '{due} · next working day',
  'overview.hrLate.more': 'And {count} more.',
  'overview.hrLate.hrOnly': 'That overview is for HR consultants and HR administrators.',
  'overview.hrLate.leaderHint':
    'That overview is for HR. Type "overview" to see which of your employees are sick and what is due today.',
};
