/**
 * Strings for correcting what was registered: undo ("fortryd"), "ikke syg alligevel", the extent
 * and the first sick day, and "rask igen" on the first sick day. Danish first; English mirrors
 * every key.
 */
export const correctionsDa = {
  'corrections.nothingToUndo': 'Der er ikke noget, du har ændret, som jeg kan fortryde.',
  'corrections.tooOld':
    'Din seneste ændring kunne fortrydes til og med {deadline}, så nu kan jeg ikke fortryde den. Skriv til HR, hvis den skal rettes.',
  'corrections.alreadyUndone': 'Den ændring er allerede fortrudt.',
  'corrections.undone': 'Fortrudt. Alt for {name} er, som det var før ændringen.',
  'corrections.flagWithdrawn':
    'Markeringen for hyppigt fravær er trukket tilbage, fordi den byggede på det, der nu er ændret.',
  'corrections.kept': 'Fint, jeg har ikke ændret noget.',
  'corrections.changedSince':
    'Der er sket mere for {name} siden, så jeg kan ikke fortryde den ændring uden at ødelægge det, der er sket bagefter. Intet er ændret.',
  'corrections.fromImport':
    'Perioden for {name} kommer fra lønsystemet, så HR retter den. Jeg har ikke ændret noget.',
  'corrections.noPeriod': 'Der er ingen sygeperiode for {name}, som jeg kan rette.',
  'corrections.unchanged': 'Sygeperioden for {name} står allerede sådan, så der er intet at rette.',
  'corrections.several':
    'Flere af dine medarbejdere passer på "{name}". Skriv det fulde navn, så jeg retter den rigtige.',
  'corrections.alreadyGone': 'Den sygeperiode for {name} findes ikke længere, så intet er ændret.',
  'corrections.extentFull':
    '{name} er nu registreret som fuldt syg. Opfølgningsplanen er den samme. Skriv "fortryd", hvis det var en fejl.',
  'corrections.extentPartial':
    '{name} er nu registreret som delvist syg ({percent} %). Opfølgningsplanen er den samme. Skriv "fortryd", hvis det var en fejl.',
  'corrections.firstDayMoved':
    'Første sygedag for {name} er nu {date}. De trin, der ikke er udført, er flyttet med; de udførte står som før. Skriv "fortryd", hvis det var en fejl.',
  'corrections.removed':
    'Sygeperioden for {name} fra {date} er slettet sammen med opfølgningsplanen. Skriv "fortryd", hvis det var en fejl.',
  'corrections.undo.title': 'Fortryd',
  'corrections.undo.question': 'Vil du fortryde: {what}?',
  'corrections.undo.window':
    'Du kan fortryde dine egne ændringer til og med den næste arbejdsdag – denne til og med {deadline}.',
  'corrections.undo.yes': 'Ja, fortryd',
  'corrections.no': 'Nej',
  'corrections.what.sick': '{name} registreret syg fra {date}',
  'corrections.what.sickPartial': '{name} registreret delvist syg ({percent} %) fra {date}',
  'corrections.what.fit': '{name} registreret rask med sidste sygedag {date}',
  'corrections.what.complete': '"{step}" for {name} markeret som udført',
  'corrections.what.postpone': '"{step}" for {name} udskudt til {date}',
  'corrections.what.notSick': 'sletningen af sygeperioden for {name} fra {date}',
  'corrections.what.extent': 'ændringen af omfanget af sygdommen for {name}',
  'corrections.what.firstDay': 'ændringen af første sygedag for {name} til {date}',
  'corrections.notSick.title': 'Ikke syg alligevel?',
  'corrections.notSick.question':
    'Vil du slette sygeperioden for {name} fra {date} og dens opfølgningsplan?',
  'corrections.notSick.yes': 'Ja, slet',
  'corrections.oneDay.title': 'Var det kun i dag?',
  'corrections.oneDay.body':
    '{name} er registreret syg fra i dag. Var i dag den eneste sygedag, eller var {name} slet ikke syg?',
  'corrections.oneDay.yes': 'Ja, én dag',
  'corrections.oneDay.no': 'Nej, slet ikke syg',
} as const;

export const correctionsEn: Record<keyof typeof correctionsDa, string> = {
  'corrections.nothingToUndo': 'There is nothing you have changed that I can undo.',
  'corrections.tooOld':
    'Your latest change could be undone until {deadline}, so I cannot undo it now. Ask HR if it needs correcting.',
  'corrections.alreadyUndone': 'That change has already been undone.',
  'corrections.undone': 'Undone. Everything for {name} is as it was before the change.',
  'corrections.flagWithdrawn':
    'The frequent-absence flag has been withdrawn, because it rested on what has now changed.',
  'corrections.kept': 'Fine, I have not changed anything.',
  'corrections.changedSince':
    'More has happened for {name} since, so I cannot undo that change without spoiling what came after. Nothing has changed.',
  'corrections.fromImport':
    'The period for {name} comes from the payroll system, so HR corrects it. I have not changed anything.',
  'corrections.noPeriod': 'There is no sick period for {name} that I can correct.',
  'corrections.unchanged':
    'The sick period for {name} already says so; there is nothing to correct.',
  'corrections.several':
    'Several of your employees match "{name}". Write the full name so I correct the right one.',
  'corrections.alreadyGone':
    'That sick period for {name} no longer exists, so nothing has changed.',
  'corrections.extentFull':
    '{name} is now registered as fully sick. The follow-up plan is the same. Write "undo" if it was a mistake.',
  'corrections.extentPartial':
    '{name} is now registered as partly sick ({percent} %). The follow-up plan is the same. Write "undo" if it was a mistake.',
  'corrections.firstDayMoved':
    'The first sick day for {name} is now {date}. The steps not yet done have moved with it; the ones done stay as they were. Write "undo" if it was a mistake.',
  'corrections.removed':
    'The sick period for {name} from {date} has been deleted with its follow-up plan. Write "undo" if it was a mistake.',
  'corrections.undo.title': 'Undo',
  'corrections.undo.question': 'Do you want to undo: {what}?',
  'corrections.undo.window':
    'You can undo your own changes until the end of the next working day – this one until {deadline}.',
  'corrections.undo.yes': 'Yes, undo',
  'corrections.no': 'No',
  'corrections.what.sick': '{name} registered sick from {date}',
  'corrections.what.sickPartial': '{name} registered partly sick ({percent} %) from {date}',
  'corrections.what.fit': '{name} registered fit with {date} as the last sick day',
  'corrections.what.complete': '"{step}" for {name} marked as done',
  'corrections.what.postpone': '"{step}" for {name} postponed to {date}',
  'corrections.what.notSick': 'the deletion of the sick period for {name} from {date}',
  'corrections.what.extent': 'the change of the extent of the sickness for {name}',
  'corrections.what.firstDay': 'the change of the first sick day for {name} to {date}',
  'corrections.notSick.title': 'Not sick after all?',
  'corrections.notSick.question':
    'Do you want to delete the sick period for {name} from {date} and its follow-up plan?',
  'corrections.notSick.yes': 'Yes, delete',
  'corrections.oneDay.title': 'Was it only today?',
  'corrections.oneDay.body':
    '{name} is registered sick from today. Was today the only sick day, or was {name} not sick at all?',
  'corrections.oneDay.yes': 'Yes, one day',
  'corrections.oneDay.no': 'No, not sick at all',
};
