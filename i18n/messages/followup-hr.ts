/**
 * Follow-up strings about HR and frequent absence: the help request and HR's answer, people who
 * cannot be reached, the frequency-trigger card, and what each step is for. Merged into
 * followup.ts. Danish first; English mirrors every key.
 */
export const followUpHrDa = {
  'followup.purpose.sick-call':
    'Medarbejderen melder sig syg personligt til dig. Vis, at du gerne vil høre fra vedkommende, og aftal, hvordan I holder kontakten. Spørg ikke til sygdommen.',
  'followup.purpose.first-contact':
    'Tag kontakt og sig, at I savner vedkommende. Tal om, hvor længe fraværet ventes at vare, og hvilke opgaver eller møder der skal gives videre.',
  'followup.purpose.early-contact':
    'Ring og hør, hvordan det går, og om arbejdspladsen kan hjælpe. Pres ikke – det handler om omsorg og kontakt.',
  'followup.purpose.keep-in-touch':
    'Følg op på jeres sidste snak: Hvordan går det? Er der noget på arbejdspladsen, der betyder noget for fraværet, og hvad kan gøre det lettere at komme tilbage?',
  'followup.purpose.way-ahead':
    'Tal om den forventede varighed og vejen tilbage, fx delvis raskmelding eller andre opgaver i en periode. Vurder, om I skal holde en sygefraværssamtale.',
  'followup.purpose.contact-window':
    'Tag kontakt inden for de første 1–2 uger. Hør, hvordan det går, og hvad arbejdspladsen kan gøre.',
  'followup.purpose.early-conversation':
    'Hold en samtale om, hvordan og hvornår medarbejderen kan vende tilbage, og hvad arbejdspladsen kan gøre. Inviter i god tid, og sig, at en bisidder er velkommen.',
  'followup.purpose.status-talk':
    'Gør status sammen med medarbejderen, og skriv jeres aftaler ned.',
  'followup.purpose.notice-2w':
    'Medarbejderen har nu været syg i 2 uger. Tag kontakt til lederen: er der brug for en tidlig samtale eller hjælp fra HR? Sygefraværssamtalen skal holdes senest 4 uger efter første sygedag.',
  'followup.purpose.notice-4w':
    'Medarbejderen har nu været syg i 4 uger. Hør lederen, om sygefraværssamtalen er holdt, og sørg for, at fraværet anmeldes til kommunen senest 5 uger efter første sygedag.',
  'followup.purpose.legal-conversation':
    'Loven kræver en personlig samtale senest 4 uger efter første sygedag om, hvordan og hvornår medarbejderen kan vende tilbage. Inviter med rimeligt varsel. Kan I ikke mødes, så hold samtalen over telefonen.',
  'followup.purpose.retention-plan':
    'Ventes medarbejderen ikke tilbage inden 8 uger fra første sygedag, kan vedkommende bede om en fastholdelsesplan. Fortæl om muligheden ved jeres næste samtale.',
  'followup.purpose.municipality-report':
    'Arbejdsgiverperioden slutter på dag 30. Varer fraværet mere end 30 dage, skal det anmeldes via NemRefusion senest 5 uger efter første sygedag.',
  'followup.unreachable.title': 'En leder kan ikke nås i Teams',
  'followup.unreachable.body':
    'Nærvær kunne ikke sende påmindelser om sygefraværsopfølgning til {name}. Appen er måske fjernet eller blokeret. Tag kontakt, så opfølgningen ikke går tabt.',
  'followup.unreachable.hrTitle': 'En HR-konsulent kan ikke nås i Teams',
  'followup.unreachable.hrBody':
    'Nærvær kunne ikke sende en besked om sygefraværsopfølgning til HR-konsulent {name}. Appen er måske fjernet eller blokeret. Tag kontakt, så ingen sager bliver liggende.',
  'followup.hrHelp.title': '{leader} beder om hjælp',
  'followup.hrHelp.intro':
    '{leader} vil gerne have din hjælp til at følge op på sygefraværet hos {name}.',
  'followup.hrHelp.employee': 'Medarbejder',
  'followup.hrHelp.unit': 'Enhed',
  'followup.hrHelp.periods12': 'Sygeperioder, 12 mdr.',
  'followup.hrHelp.days12': 'Sygedage, 12 mdr.',
  'followup.hrHelp.done': 'Det er gjort',
  'followup.hrHelp.due': 'Det er på vej',
  'followup.hrHelp.none': 'Intet endnu.',
  'followup.hrHelp.privacy':
    'Nærvær gemmer ingen helbredsoplysninger. Spørg ikke lederen om diagnosen.',
  'followup.hrHelp.reply': 'Svar lederen',
  'followup.hrHelp.replyLabel': 'Dit svar til {leader}',
  'followup.hrHelp.replyError': 'Skriv et svar.',
  'followup.hrHelp.send': 'Send svar',
  'followup.hrHelp.replied': 'Du svarede {date}: {reply}',
  'followup.frequency.title': 'Hyppigt fravær: {name}',
  'followup.frequency.periods': '{name} har haft {count} sygeperioder på {months} måneder.',
  'followup.frequency.days': '{name} har haft {count} sygedage på {months} måneder.',
  'followup.frequency.body':
    'Det kan være en god idé at tage en samtale om fraværet. Start med omsorg: Hvordan har medarbejderen det, og er der noget på arbejdspladsen, der spiller ind? Årsagen er privat – fraværet er noget, I løser sammen.',
  'followup.frequency.prepare': 'Forbered samtalen',
  'followup.frequency.handledGuide': 'Samtaleguiden er startet.',
  'followup.frequency.handledHr': 'Din HR-konsulent har fået besked.',
  'followup.frequency.gone':
    'Den markering for hyppigt fravær findes ikke (længere) – måske er registreringen bag den fortrudt. Intet er ændret.',
  'followup.hrReply.notYours': 'Du er ikke HR-konsulent for den enhed, så svaret er ikke sendt.',
  'followup.hrReply.missing': 'Jeg kan ikke finde den forespørgsel længere.',
  'followup.hrReply.toLeader': '{hr} fra HR har svaret på din forespørgsel om {name}: "{reply}"',
} as const;

export const followUpHrEn: Record<keyof typeof followUpHrDa, string> = {
  'followup.purpose.sick-call':
    'The employee reports sick to you personally. Show that you want to hear from them and agree how you keep in touch. Do not ask about the illness.',
  'followup.purpose.first-contact':
    'Get in touch and say they are missed. Talk about how long the absence is expected to last and which tasks or meetings should be handed over.',
  'followup.purpose.early-contact':
    'Call to hear how they are and whether the workplace can help. Do not press – this is about care and contact.',
  'followup.purpose.keep-in-touch':
    'Follow up on your last talk: How are they? Is anything at work affecting the absence, and what would make it easier to come back?',
  'followup.purpose.way-ahead':
    'Talk about the expected duration and the way back, e.g. a partial return or other tasks for a while. Decide whether to hold an absence conversation.',
  'followup.purpose.contact-window':
    'Get in touch within the first 1–2 weeks. Hear how they are and what the workplace can do.',
  'followup.purpose.early-conversation':
    'Hold a conversation about how and when the employee can return and what the workplace can do. Invite them in good time and say a companion is welcome.',
  'followup.purpose.status-talk':
    'Take stock together with the employee and write down what you agree.',
  'followup.purpose.notice-2w':
    'The employee has now been sick for 2 weeks. Contact the leader: is an early conversation or help from HR needed? The absence conversation must be held no later than 4 weeks after the first sick day.',
  'followup.purpose.notice-4w':
    'The employee has now been sick for 4 weeks. Check with the leader that the absence conversation has been held, and see that the absence is reported to the municipality no later than 5 weeks after the first sick day.',
  'followup.purpose.legal-conversation':
    'The law requires a personal conversation no later than 4 weeks after the first sick day about how and when the employee can return. Invite them with reasonable notice. If you cannot meet, hold it by phone.',
  'followup.purpose.retention-plan':
    'If the employee is not expected back within 8 weeks of the first sick day, they may ask for a retention plan. Mention this option at your next conversation.',
  'followup.purpose.municipality-report':
    'The employer period ends on day 30. If the absence lasts more than 30 days, it must be reported via NemRefusion no later than 5 weeks after the first sick day.',
  'followup.unreachable.title': 'A leader cannot be reached in Teams',
  'followup.unreachable.body':
    'Nærvær could not send sickness follow-up reminders to {name}. The app may have been removed or blocked. Please get in touch so the follow-up is not lost.',
  'followup.unreachable.hrTitle': 'An HR consultant cannot be reached in Teams',
  'followup.unreachable.hrBody':
    'Nærvær could not send a sickness follow-up message to HR consultant {name}. The app may have been removed or blocked. Please get in touch so no case is left waiting.',
  'followup.hrHelp.title': '{leader} asks for help',
  'followup.hrHelp.intro':
    '{leader} would like your help with the follow-up on the sickness absence of {name}.',
  'followup.hrHelp.employee': 'Employee',
  'followup.hrHelp.unit': 'Unit',
  'followup.hrHelp.periods12': 'Sick periods, 12 months',
  'followup.hrHelp.days12': 'Sick days, 12 months',
  'followup.hrHelp.done': 'Done so far',
  'followup.hrHelp.due': 'Coming up',
  'followup.hrHelp.none': 'Nothing yet.',
  'followup.hrHelp.privacy':
    'Nærvær stores no health information. Do not ask the leader about the diagnosis.',
  'followup.hrHelp.reply': 'Answer the leader',
  'followup.hrHelp.replyLabel': 'Your answer to {leader}',
  'followup.hrHelp.replyError': 'Write an answer.',
  'followup.hrHelp.send': 'Send answer',
  'followup.hrHelp.replied': 'You answered on {date}: {reply}',
  'followup.frequency.title': 'Frequent absence: {name}',
  'followup.frequency.periods': '{name} has had {count} sick periods in {months} months.',
  'followup.frequency.days': '{name} has had {count} sick days in {months} months.',
  'followup.frequency.body':
    'It may be a good idea to have a conversation about the absence. Start with care: How is the employee doing, and is anything at work playing a part? The cause is private – the absence is something you solve together.',
  'followup.frequency.prepare': 'Prepare the conversation',
  'followup.frequency.handledGuide': 'The conversation guide has started.',
  'followup.frequency.handledHr': 'Your HR consultant has been told.',
  'followup.frequency.gone':
    'That frequent-absence flag does not exist (any more) – perhaps the registration behind it was undone. Nothing has changed.',
  'followup.hrReply.notYours':
    'You are not the HR consultant for that unit, so the answer was not sent.',
  'followup.hrReply.missing': 'I cannot find that request any more.',
  'followup.hrReply.toLeader': '{hr} from HR has answered your request about {name}: "{reply}"',
};
