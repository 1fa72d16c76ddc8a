/**
 * What the guide says back: the summary and minutes cards, the HR notice, the errors, and the
 * diagnosis guardrail's refusal with a rephrasing hint. Danish first; English mirrors every key.
 */
export const guideFeedbackDa = {
  'guide.summary.title': 'Overblik over aftalerne',
  'guide.summary.intro':
    'Sådan ser jeres aftaler ud. I kan begge læse dem – der står intet om helbred.',
  'guide.summary.notHeld': 'Samtalen holdes ikke nu. I har aftalt, hvordan I holder kontakten.',
  'guide.summary.whatNext': 'Det sker nu',
  'guide.summary.contact': 'Næste kontakt {date} ({form}) kommer i opfølgningsplanen.',
  'guide.summary.partialCheck':
    'En opfølgning på den delvise tilbagevenden {date} kommer i opfølgningsplanen.',
  'guide.summary.hr': 'HR-konsulenten får besked om: {offer}.',
  'guide.summary.task.handleplan': 'Lav handleplanen sammen med medarbejderen.',
  'guide.summary.task.mulighedserklaering':
    'Tjek omkring {date}, at mulighedserklæringen er tilbage fra lægen.',
  'guide.summary.task.fastholdelsesplan':
    'Lav fastholdelsesplanen sammen med medarbejderen. Jobcentret kan hjælpe.',
  'guide.summary.task.fastTrack': 'Anmod om fast track via NemRefusion senest {date}.',
  'guide.summary.task.fastTrackNoDate':
    'Anmod om fast track via NemRefusion inden for de første 5 uger.',
  'guide.summary.noNextContact':
    'Der er ikke aftalt en næste kontakt. Jævnlig, aftalt kontakt er noget af det vigtigste – overvej at gå tilbage og tilføje en.',
  'guide.minutes.title': 'Referat – udkast',
  'guide.minutes.intro':
    'Læs det igennem sammen. Medarbejderen kan skrive bemærkninger, før I begge skriver under – og en bisidder kan gennemgå det med medarbejderen først.',
  'guide.hr.title': 'Medarbejderen har sagt ja til: {offer}',
  'guide.hr.intro':
    '{leader} har aftalt et tilbud med en medarbejder. Kontakt lederen for at sætte det i gang.',
  'guide.hr.employee': 'Medarbejder',
  'guide.hr.leader': 'Leder',
  'guide.hr.unit': 'Enhed',
  'guide.hr.agreedOn': 'Aftalt',
  'guide.hr.conversation': 'Aftalt ved',
  'guide.hr.firstSickDay': 'Første sygedag',
  'guide.hr.partialReturn': '{hours} timer om ugen fra {date}',
  'guide.hr.privacy':
    'Der er ingen helbredsoplysninger i denne besked, og der skal heller ikke spørges om dem.',
  'guide.field.place': 'Sted',
  'guide.field.otherAgreement': 'Anden aftale',
  'guide.guardrail.hint.condition':
    'Skriv i stedet, hvad det betyder for arbejdet, fx "kan ikke tage lange vagter lige nu".',
  'guide.guardrail.hint.symptom':
    'Skriv om arbejdet frem for kroppen, fx "kortere vagter" eller "flere pauser".',
  'guide.guardrail.hint.treatment':
    'Skriv kun, hvornår medarbejderen er væk, fx "væk tirsdag formiddag til og med uge 12" – ikke hvad det er til.',
  'guide.guardrail.hint.pregnancy':
    'Skriv de praktiske aftaler, fx "ingen nattevagter" eller "flere pauser" – ikke årsagen.',
  'guide.guardrail.hint.cpr': 'Skriv aldrig et CPR-nummer. Navnet er nok.',
  'guide.error.notYourGuide':
    'Denne samtaleguide hører til en anden leder, så jeg kan ikke åbne den for dig.',
  'guide.error.notYourEmployee':
    'Jeg kan kun lave en samtaleguide for medarbejdere i de enheder, du er leder for.',
  'guide.error.guideClosed':
    'Denne samtaleguide er afsluttet eller annulleret. Skriv "samtaleguide" for at starte en ny.',
  'guide.error.sickPeriodRequired':
    'Denne samtale hører til en sygeperiode, men jeg kan ikke finde en åben. Registrér sygdommen først.',
  'guide.error.sickPeriodClosed':
    'Sygeperioden er afsluttet, så denne samtale er ikke længere aktuel. Skal I tale om en god start, kan du starte en guide til tilbagevenden.',
  'guide.error.contactDayInvalid': 'Dagen for første kontakt skal være mellem dag 1 og dag 30.',
  'guide.error.staleCard':
    'Det kort er ikke det nyeste i guiden, så intet er ændret. Brug det seneste kort.',
  'guide.error.atFirstStep': 'Du er ved første trin.',
  'guide.error.atLastStep': 'Du er ved sidste trin. Tryk "Afslut og gem", når du er klar.',
  'guide.error.notAtLastStep': 'Guiden kan afsluttes fra sidste trin.',
  'guide.error.answerRequired': 'Gem jeres aftaler først – også selvom I ikke aftalte så meget.',
  'guide.error.wrongAnswerForStep': 'Det svar passer ikke til dette trin, så intet er ændret.',
  'guide.error.meetingInPast':
    'Samtalen kan ikke ligge tilbage i tiden. Vælg i dag eller en senere dato.',
  'guide.error.meetingTooFar': 'Vælg en dato inden for de næste 3 måneder.',
  'guide.error.timeInvalid': 'Skriv tidspunktet som tt:mm, fx 10:00.',
  'guide.error.durationInvalid': 'Varigheden skal være mellem 15 og 180 minutter.',
  'guide.error.hoursMissing': 'Skriv, hvor mange timer om ugen medarbejderen starter med.',
  'guide.error.hoursInvalid':
    'Timer om ugen skal være et tal over 0 i hele eller kvarte timer, fx 10 eller 12,5.',
  'guide.error.hoursTooHigh':
    'Højst {max} timer om ugen. Ved delvis sygemelding skal der være mindst 4 timers fravær om ugen.',
  'guide.error.partialStartMissing': 'Vælg en startdato for den delvise tilbagevenden.',
  'guide.error.partialStartBeforeSickPeriod':
    'Startdatoen ligger før sygeperioden begyndte. Vælg en senere dato.',
  'guide.error.partialStartTooFar': 'Vælg en startdato inden for et halvt år.',
  'guide.error.nextContactInPast':
    'Næste kontakt kan ikke ligge tilbage i tiden. Vælg i dag eller en senere dato.',
  'guide.error.nextContactTooFar': 'Vælg en dato for næste kontakt inden for et halvt år.',
  'guide.error.nextContactFormMissing': 'Vælg, hvordan I tager næste kontakt.',
  'guide.error.textTooLong': 'Teksten i "{field}" er for lang – højst {max} tegn.',
  'guide.error.healthDetail':
    'Teksten i "{field}" ser ud til at indeholde en helbredsoplysning, så jeg har ikke gemt den. {hint}',
} as const;

export const guideFeedbackEn: Record<keyof typeof guideFeedbackDa, string> = {
  'guide.summary.title': 'Overview of the agreements',
  'guide.summary.intro':
    'This is what you agreed. You can both read it – there is nothing about health.',
  'guide.summary.notHeld':
    'The conversation is not held now. You have agreed how to keep in touch.',
  'guide.summary.whatNext': 'What happens now',
  'guide.summary.contact': 'The next contact on {date} ({form}) goes into the follow-up plan.',
  'guide.summary.partialCheck':
    'A follow-up on the partial return on {date} goes into the follow-up plan.',
  'guide.summary.hr': 'The HR consultant is told about: {offer}.',
  'guide.summary.task.handleplan': 'Make the action plan together with the employee.',
  'guide.summary.task.mulighedserklaering':
    'Around {date}, check that the options statement is back from the doctor.',
  'guide.summary.task.fastholdelsesplan':
    'Make the retention plan together with the employee. The jobcentre can help.',
  'guide.summary.task.fastTrack': 'Request fast track through NemRefusion no later than {date}.',
  'guide.summary.task.fastTrackNoDate':
    'Request fast track through NemRefusion within the first 5 weeks.',
  'guide.summary.noNextContact':
    'No next contact is agreed. Regular, agreed contact is one of the most important things – consider going back and adding one.',
  'guide.minutes.title': 'Minutes – draft',
  'guide.minutes.intro':
    'Read it through together. The employee can add comments before you both sign – and a companion can go through it with the employee first.',
  'guide.hr.title': 'The employee has said yes to: {offer}',
  'guide.hr.intro':
    '{leader} has agreed an offer with an employee. Contact the leader to get it started.',
  'guide.hr.employee': 'Employee',
  'guide.hr.leader': 'Leader',
  'guide.hr.unit': 'Unit',
  'guide.hr.agreedOn': 'Agreed',
  'guide.hr.conversation': 'Agreed at',
  'guide.hr.firstSickDay': 'First day of absence',
  'guide.hr.partialReturn': '{hours} hours a week from {date}',
  'guide.hr.privacy': 'This message holds no health information, and none should be asked for.',
  'guide.field.place': 'Place',
  'guide.field.otherAgreement': 'Other agreement',
  'guide.guardrail.hint.condition':
    'Write instead what it means for the work, e.g. "cannot take long shifts right now".',
  'guide.guardrail.hint.symptom':
    'Write about the work rather than the body, e.g. "shorter shifts" or "more breaks".',
  'guide.guardrail.hint.treatment':
    'Write only when the employee is away, e.g. "away Tuesday mornings until week 12" – not what it is for.',
  'guide.guardrail.hint.pregnancy':
    'Write the practical arrangements, e.g. "no night shifts" or "more breaks" – not the reason.',
  'guide.guardrail.hint.cpr': 'Never write a CPR number. The name is enough.',
  'guide.error.notYourGuide':
    'This conversation guide belongs to another leader, so I cannot open it for you.',
  'guide.error.notYourEmployee':
    'I can only make a conversation guide for employees in the units you lead.',
  'guide.error.guideClosed':
    'This conversation guide is finished or cancelled. Type "conversation guide" to start a new one.',
  'guide.error.sickPeriodRequired':
    'This conversation belongs to a sick period, but I cannot find an open one. Register the sickness first.',
  'guide.error.sickPeriodClosed':
    'The sick period has ended, so this conversation no longer applies. If you want to talk about a good start, you can start a return-to-work guide.',
  'guide.error.contactDayInvalid': 'The day of the first contact must be between day 1 and day 30.',
  'guide.error.staleCard':
    'That card is not the latest in the guide, so nothing was changed. Use the latest card.',
  'guide.error.atFirstStep': 'You are at the first step.',
  'guide.error.atLastStep': 'You are at the last step. Press "Finish and save" when you are ready.',
  'guide.error.notAtLastStep': 'The guide can be finished from the last step.',
  'guide.error.answerRequired': 'Save your agreements first – even if you did not agree much.',
  'guide.error.wrongAnswerForStep': 'That answer does not fit this step, so nothing was changed.',
  'guide.error.meetingInPast':
    'The conversation cannot be in the past. Choose today or a later date.',
  'guide.error.meetingTooFar': 'Choose a date within the next 3 months.',
  'guide.error.timeInvalid': 'Enter the time as hh:mm, e.g. 10:00.',
  'guide.error.durationInvalid': 'The length must be between 15 and 180 minutes.',
  'guide.error.hoursMissing': 'Enter how many hours a week the employee starts with.',
  'guide.error.hoursInvalid':
    'Hours a week must be a number above 0 in whole or quarter hours, e.g. 10 or 12.5.',
  'guide.error.hoursTooHigh':
    'At most {max} hours a week. With partial sick leave, at least 4 hours a week must remain as absence.',
  'guide.error.partialStartMissing': 'Choose a start date for the partial return.',
  'guide.error.partialStartBeforeSickPeriod':
    'The start date is before the sick period began. Choose a later date.',
  'guide.error.partialStartTooFar': 'Choose a start date within six months.',
  'guide.error.nextContactInPast':
    'The next contact cannot be in the past. Choose today or a later date.',
  'guide.error.nextContactTooFar': 'Choose a date for the next contact within six months.',
  'guide.error.nextContactFormMissing': 'Choose how you will make the next contact.',
  'guide.error.textTooLong': 'The text in "{field}" is too long – at most {max} characters.',
  'guide.error.healthDetail':
    'The text in "{field}" seems to contain health information, so I have not saved it. {hint}',
};
