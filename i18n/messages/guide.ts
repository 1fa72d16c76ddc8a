/**
 * Strings for the guide feature. Danish first; English mirrors every key. This file holds the
 * cards' frame and forms and merges the rest: guide-prepare.ts (kinds, checklist), guide-points.ts
 * (the points during the talk), guide-documents.ts (invitation and minutes) and
 * guide-feedback.ts (summary, errors, the diagnosis guardrail).
 */
import { guideChatDa, guideChatEn } from './guide-chat.js';
import { guideDocumentsDa, guideDocumentsEn } from './guide-documents.js';
import { guideFeedbackDa, guideFeedbackEn } from './guide-feedback.js';
import { guidePointsDa } from './guide-points.js';
import { guidePointsEn } from './guide-points-en.js';
import { guidePrepareDa, guidePrepareEn } from './guide-prepare.js';

const guideUiDa = {
  'guide.title': 'Samtaleguide',
  'guide.forEmployee': '{kind} med {name}',
  'guide.progress': '{phase} · trin {index} af {total}',
  'guide.phase.before': 'Før samtalen',
  'guide.phase.during': 'Under samtalen',
  'guide.phase.after': 'Efter samtalen',
  'guide.nav.next': 'Næste',
  'guide.nav.back': 'Tilbage',
  'guide.nav.leave': 'Gem og fortsæt senere',
  'guide.nav.cancel': 'Annuller guiden',
  'guide.nav.complete': 'Afslut og gem',
  'guide.nav.saveAndNext': 'Gem og gå videre',
  'guide.nav.makeInvitation': 'Lav invitationen',
  'guide.nav.saveAgreements': 'Gem aftalerne',
  'guide.nav.exportText': 'Send som tekst',
  'guide.freeText.warning': 'Skriv ikke diagnose eller helbredsoplysninger.',
  'guide.start.intro': 'Hvilken samtale vil du forberede med {name}?',
  'guide.start.suggested': 'Passer til, hvor I er nu',
  'guide.start.button': 'Start guiden',
  'guide.start.privacy':
    'Guiden spørger aldrig om sygdommen og gemmer kun datoer, valg og aftaler – aldrig diagnoser eller helbredsoplysninger.',
  'guide.resume.title': 'Du har en samtaleguide i gang',
  'guide.resume.body': '{kind} med {name}. Du var nået til trin {index} af {total}.',
  'guide.resume.continue': 'Fortsæt, hvor jeg slap',
  'guide.resume.startOver': 'Annuller og start forfra',
  'guide.done.title': 'Samtalen er afsluttet – planen',
  'guide.done.intro': 'Det har du og {name} aftalt, og det er blevet til i opfølgningsplanen.',
  'guide.done.agreed': 'Aftalt',
  'guide.done.steps': 'I opfølgningsplanen og hos HR',
  'guide.done.noSteps': 'Der er ikke lagt noget i opfølgningsplanen.',
  'guide.movedOn':
    'Guiden er gået videre siden det kort, så intet er ændret. Her er, hvor du er nu.',
  'guide.left':
    'Gemt. Når du vil fortsætte, skriver du "samtaleguide" – så starter du, hvor du slap.',
  'guide.cancelled': 'Guiden er annulleret. Intet er sendt til medarbejderen eller HR.',
  'guide.completed': 'Tak. Aftalerne er gemt, og næste skridt ligger i opfølgningsplanen.',
  'guide.checklist.title': 'Forbered dig',
  'guide.checklist.intro':
    'Sæt flueben ved det, du har styr på. Det er en hjælp til dig – ikke en kontrol.',
  'guide.checklist.why': 'Hvorfor: {why}',
  'guide.checklist.done': 'Det er på plads',
  'guide.invitation.title': 'Invitationen',
  'guide.invitation.intro':
    'Udfyld tid og sted, så laver jeg et udkast til invitationen, klar til at sende. Vil du ikke lave den nu, så tryk "Næste".',
  'guide.invitation.date': 'Dato',
  'guide.invitation.dateError': 'Vælg en dato for samtalen.',
  'guide.invitation.time': 'Tidspunkt',
  'guide.invitation.timeError': 'Vælg et tidspunkt.',
  'guide.invitation.duration': 'Varighed i minutter',
  'guide.invitation.durationError': 'Skriv en varighed mellem 15 og 180 minutter.',
  'guide.invitation.form': 'Hvordan mødes I?',
  'guide.invitation.form.inPerson': 'Vi mødes',
  'guide.invitation.form.phone': 'I telefon',
  'guide.invitation.form.video': 'På video',
  'guide.invitation.place': 'Sted (skriv ikke diagnose eller helbredsoplysninger)',
  'guide.invitation.placePlaceholder': 'Fx mødelokalet på 1. sal',
  'guide.invitation.minuteTaker': 'Hvem tager referat?',
  'guide.invitation.minuteTaker.leader': 'Jeg selv',
  'guide.invitation.guests': 'Deltager andre?',
  'guide.invitation.guest.hr': 'En HR-konsulent',
  'guide.invitation.guest.retentionConsultant': 'Jobcentrets fastholdelseskonsulent',
  'guide.invitation.mulighedserklaering': 'Vi udfylder første del af en mulighedserklæring sammen',
  'guide.invitation.deadline': 'Husk: § 7a-samtalen skal holdes senest {date}.',
  'guide.invitationDraft.title': 'Udkast til invitation',
  'guide.invitationDraft.intro':
    'Kopiér teksten og send den til {name}. Ret gerne i den, så den lyder som dig.',
  'guide.invitationDraft.danish': 'På dansk – klar til at sende',
  'guide.invitationDraft.english': 'English version',
  'guide.warning.shortNotice':
    'Der er kun {days} dage til samtalen. Giv gerne nogle dages varsel, så medarbejderen kan forberede sig og finde en bisidder.',
  'guide.warning.notWorkingDay':
    '{date} er ikke en arbejdsdag (weekend eller helligdag). Det er tilladt, men vælg gerne en almindelig arbejdsdag.',
  'guide.warning.afterLegalDeadline':
    'Datoen ligger efter fristen for § 7a-samtalen ({date}). Find gerne en tidligere dato – eller hold samtalen i telefon.',
  'guide.point.whyLabel': 'Hvorfor',
  'guide.point.sayLabel': 'Du kan fx sige',
  'guide.agreements.title': 'Jeres aftaler',
  'guide.agreements.intro':
    'Vælg det, I har aftalt. Der er kun ét kort tekstfelt – resten er valg, så der aldrig kommer helbredsoplysninger med.',
  'guide.agreements.participants': 'Hvem var med ud over jer to?',
  'guide.agreements.expectedDuration': 'Forventet varighed (medarbejderens eget bud)',
  'guide.agreements.partialReturnLabel': 'Delvis tilbagevenden',
  'guide.agreements.partialReturn': 'Vi har aftalt delvis tilbagevenden',
  'guide.agreements.hours': 'Timer om ugen i starten',
  'guide.agreements.hoursHint':
    'Højst {max} timer om ugen – der skal være mindst 4 timers fravær om ugen.',
  'guide.agreements.hoursError': 'Skriv timer om ugen, højst {max}.',
  'guide.agreements.partialStart': 'Startdato for delvis tilbagevenden',
  'guide.agreements.adjustments': 'Tilpasninger af arbejdet',
  'guide.agreements.offers': 'Tilbud, medarbejderen har sagt ja til',
  'guide.agreements.offersNote': 'HR-konsulenten får besked om de tilbud, der er sagt ja til.',
  'guide.agreements.tools': 'Redskaber',
  'guide.agreements.handleplanLabel': 'Handleplan',
  'guide.agreements.handleplan': 'Vi laver en handleplan for tilbagevenden',
  'guide.agreements.colleaguesTold': 'Hvad får kollegerne at vide? (medarbejderens valg)',
  'guide.agreements.nextContactDate': 'Næste kontakt',
  'guide.agreements.nextContactForm': 'Hvordan tager I næste kontakt?',
  'guide.agreements.otherAgreement':
    'Anden aftale, kort (skriv ikke diagnose eller helbredsoplysninger)',
  'guide.agreements.otherPlaceholder':
    'Fx "Starter med dagvagter". Skriv ikke diagnose eller helbredsoplysninger.',
} as const;

const guideUiEn: Record<keyof typeof guideUiDa, string> = {
  'guide.title': 'Conversation guide',
  'guide.forEmployee': '{kind} with {name}',
  'guide.progress': '{phase} · step {index} of {total}',
  'guide.phase.before': 'Before the conversation',
  'guide.phase.during': 'During the conversation',
  'guide.phase.after': 'After the conversation',
  'guide.nav.next': 'Next',
  'guide.nav.back': 'Back',
  'guide.nav.leave': 'Save and continue later',
  'guide.nav.cancel': 'Cancel the guide',
  'guide.nav.complete': 'Finish and save',
  'guide.nav.saveAndNext': 'Save and continue',
  'guide.nav.makeInvitation': 'Make the invitation',
  'guide.nav.saveAgreements': 'Save the agreements',
  'guide.nav.exportText': 'Send as text',
  'guide.freeText.warning': 'Do not write a diagnosis or health details.',
  'guide.start.intro': 'Which conversation would you like to prepare with {name}?',
  'guide.start.suggested': 'Fits where you are now',
  'guide.start.button': 'Start the guide',
  'guide.start.privacy':
    'The guide never asks about the illness and stores only dates, choices and agreements – never diagnoses or health details.',
  'guide.resume.title': 'You have a conversation guide in progress',
  'guide.resume.body': '{kind} with {name}. You had reached step {index} of {total}.',
  'guide.resume.continue': 'Continue where I left off',
  'guide.resume.startOver': 'Cancel and start over',
  'guide.done.title': 'The conversation is finished – the plan',
  'guide.done.intro':
    'This is what {name} and you agreed, and what it became in the follow-up plan.',
  'guide.done.agreed': 'Agreed',
  'guide.done.steps': 'In the follow-up plan and with HR',
  'guide.done.noSteps': 'Nothing was added to the follow-up plan.',
  'guide.movedOn':
    'The guide has moved on since that card, so nothing was changed. Here is where you are now.',
  'guide.left':
    'Saved. When you want to continue, type "conversation guide" – you will start where you left off.',
  'guide.cancelled': 'The guide is cancelled. Nothing was sent to the employee or HR.',
  'guide.completed':
    'Thank you. The agreements are saved, and the next steps are in the follow-up plan.',
  'guide.checklist.title': 'Prepare',
  'guide.checklist.intro': 'Tick what you have in hand. It is a help for you – not a check on you.',
  'guide.checklist.why': 'Why: {why}',
  'guide.checklist.done': 'Done',
  'guide.invitation.title': 'The invitation',
  'guide.invitation.intro':
    'Fill in time and place, and I will draft the invitation, ready to send. If you do not want to make it now, press "Next".',
  'guide.invitation.date': 'Date',
  'guide.invitation.dateError': 'Choose a date for the conversation.',
  'guide.invitation.time': 'Time',
  'guide.invitation.timeError': 'Choose a time.',
  'guide.invitation.duration': 'Length in minutes',
  'guide.invitation.durationError': 'Enter a length between 15 and 180 minutes.',
  'guide.invitation.form': 'How will you meet?',
  'guide.invitation.form.inPerson': 'In person',
  'guide.invitation.form.phone': 'By phone',
  'guide.invitation.form.video': 'By video',
  'guide.invitation.place': 'Place (do not write a diagnosis or health details)',
  'guide.invitation.placePlaceholder': 'E.g. the meeting room on the 1st floor',
  'guide.invitation.minuteTaker': 'Who takes the minutes?',
  'guide.invitation.minuteTaker.leader': 'I do',
  'guide.invitation.guests': 'Will anyone else take part?',
  'guide.invitation.guest.hr': 'An HR consultant',
  'guide.invitation.guest.retentionConsultant': "The jobcentre's retention consultant",
  'guide.invitation.mulighedserklaering':
    'We fill in part 1 of an options statement (mulighedserklæring) together',
  'guide.invitation.deadline': 'Remember: the § 7a conversation must be held no later than {date}.',
  'guide.invitationDraft.title': 'Draft invitation',
  'guide.invitationDraft.intro':
    'Copy the text and send it to {name}. Feel free to edit it so it sounds like you.',
  'guide.invitationDraft.danish': 'In Danish – ready to send',
  'guide.invitationDraft.english': 'English version',
  'guide.warning.shortNotice':
    'There are only {days} days until the conversation. Consider giving a few days’ notice so the employee can prepare and find a companion.',
  'guide.warning.notWorkingDay':
    '{date} is not a working day (a weekend or public holiday). That is allowed, but consider an ordinary working day.',
  'guide.warning.afterLegalDeadline':
    'The date is after the deadline for the § 7a conversation ({date}). Consider an earlier date – or hold it by phone.',
  'guide.point.whyLabel': 'Why',
  'guide.point.sayLabel': 'You could say',
  'guide.agreements.title': 'Your agreements',
  'guide.agreements.intro':
    'Choose what you agreed. There is only one short text field – the rest are choices, so no health details ever get in.',
  'guide.agreements.participants': 'Who took part besides the two of you?',
  'guide.agreements.expectedDuration': "Expected duration (the employee's own estimate)",
  'guide.agreements.partialReturnLabel': 'Partial return',
  'guide.agreements.partialReturn': 'We agreed a partial return',
  'guide.agreements.hours': 'Hours a week at the start',
  'guide.agreements.hoursHint':
    'At most {max} hours a week – at least 4 hours a week must remain as absence.',
  'guide.agreements.hoursError': 'Enter hours a week, at most {max}.',
  'guide.agreements.partialStart': 'Start date of the partial return',
  'guide.agreements.adjustments': 'Adjustments to the work',
  'guide.agreements.offers': 'Offers the employee accepted',
  'guide.agreements.offersNote': 'The HR consultant is told about the offers that were accepted.',
  'guide.agreements.tools': 'Tools',
  'guide.agreements.handleplanLabel': 'Action plan',
  'guide.agreements.handleplan': 'We will make an action plan for the return',
  'guide.agreements.colleaguesTold': "What are colleagues told? (the employee's choice)",
  'guide.agreements.nextContactDate': 'Next contact',
  'guide.agreements.nextContactForm': 'How will you make the next contact?',
  'guide.agreements.otherAgreement':
    'Other agreement, short (do not write a diagnosis or health details)',
  'guide.agreements.otherPlaceholder':
    'E.g. "Starts with day shifts". Do not write a diagnosis or health details.',
};

export const guideDa = {
  ...guideUiDa,
  ...guidePrepareDa,
  ...guidePointsDa,
  ...guideDocumentsDa,
  ...guideFeedbackDa,
  ...guideChatDa,
} as const;

export const guideEn: Record<keyof typeof guideDa, string> = {
  ...guideUiEn,
  ...guidePrepareEn,
  ...guidePointsEn,
  ...guideDocumentsEn,
  ...guideFeedbackEn,
  ...guideChatEn,
};
