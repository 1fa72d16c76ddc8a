/**
 * Strings for the follow-up feature (plans, due cards, HR help, frequent absence, registration).
 * Danish first; English mirrors every key. Counts and percents are passed as strings.
 * Keys built from domain values: followup.step.<purpose>, followup.purpose.<purpose>,
 * followup.state.<state>, followup.outcome.<kind>, followup.reason.<reason>, followup.error.<reason>.
 */
export const followUpDa = {
  'followup.step.sick-call': 'Sygemelding på dag 1',
  'followup.step.first-contact': 'Første kontakt',
  'followup.step.early-contact': 'Opkald til medarbejderen',
  'followup.step.keep-in-touch': 'Hold kontakten',
  'followup.step.way-ahead': 'Afklar vejen frem',
  'followup.step.contact-window': 'Kontakt inden for 1–2 uger',
  'followup.step.early-conversation': 'Tidlig sygefraværssamtale',
  'followup.step.status-talk': 'Statussamtale',
  'followup.step.notice-2w': 'Syg i 2 uger',
  'followup.step.notice-4w': 'Syg i 4 uger',
  'followup.step.legal-conversation': 'Sygefraværssamtale (§ 7a)',
  'followup.step.retention-plan': 'Fastholdelsesplan (§ 7b)',
  'followup.step.municipality-report': 'Anmeldelse til kommunen (NemRefusion)',
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
    'Medarbejderen har nu været syg i 2 uger. Overvej en tidlig samtale, og husk sygefraværssamtalen senest 4 uger efter første sygedag.',
  'followup.purpose.notice-4w':
    'Medarbejderen har nu været syg i 4 uger. Sygefraværssamtalen skal være holdt, og fraværet skal anmeldes til kommunen senest 5 uger efter første sygedag.',
  'followup.purpose.legal-conversation':
    'Loven kræver en personlig samtale senest 4 uger efter første sygedag om, hvordan og hvornår medarbejderen kan vende tilbage. Inviter med rimeligt varsel. Kan I ikke mødes, så hold samtalen over telefonen.',
  'followup.purpose.retention-plan':
    'Ventes medarbejderen ikke tilbage inden 8 uger fra første sygedag, kan vedkommende bede om en fastholdelsesplan. Fortæl om muligheden ved jeres næste samtale.',
  'followup.purpose.municipality-report':
    'Arbejdsgiverperioden slutter på dag 30. Varer fraværet mere end 30 dage, skal det anmeldes via NemRefusion senest 5 uger efter første sygedag.',
  'followup.para56':
    'Har medarbejderen en langvarig eller kronisk sygdom, kan en § 56-aftale være en mulighed. Så får arbejdspladsen refusion fra første fraværsdag.',
  'followup.employerPeriodEnds': 'Arbejdsgiverperioden slutter {date}.',
  'followup.state.open': 'Åben',
  'followup.state.done': 'Udført',
  'followup.state.postponed': 'Udskudt',
  'followup.state.not-needed': 'Ikke længere nødvendig',
  'followup.state.skipped-with-reason': 'Ikke relevant nu',
  'followup.state.missed': 'Nåede ikke at blive gjort, før medarbejderen blev rask',
  'followup.outcome.talked': 'Jeg har talt med medarbejderen',
  'followup.outcome.via-colleague': 'Kontakten gik via en kollega, som medarbejderen ønskede',
  'followup.outcome.not-appropriate': 'Ikke passende nu',
  'followup.outcome.noted': 'Set og noteret',
  'followup.reason.in-treatment': 'Medarbejderen er i behandling',
  'followup.reason.employee-asked-for-rest': 'Medarbejderen har bedt om ro lige nu',
  'followup.reason.no-need': 'Ikke nødvendigt – fraværet er afklaret',
  'followup.reason.other': 'Anden grund',
  'followup.action.done': 'Udført',
  'followup.action.noted': 'Set',
  'followup.action.reported': 'Anmeldt',
  'followup.action.postpone': 'Udskyd',
  'followup.action.startGuide': 'Start samtaleguide',
  'followup.action.askHr': 'Bed HR om hjælp',
  'followup.action.offerEarlyIntervention': 'Tilbyd Tidlig Indsats',
  'followup.action.save': 'Gem',
  'followup.input.outcome': 'Hvordan gik det?',
  'followup.input.outcomeError': 'Vælg, hvordan det gik.',
  'followup.input.reason': 'Hvis ikke passende nu: hvorfor?',
  'followup.input.note': 'Kort bemærkning (kun ved "Anden grund")',
  'followup.input.notePlaceholder': 'Skriv aldrig noget om helbred eller diagnose',
  'followup.input.date': 'Ny dato',
  'followup.input.dateError': 'Vælg en dato efter i dag.',
  'followup.input.dateLegalHint': 'Fristen kan ikke flyttes: vælg en dato senest {date}.',
  'followup.date.on': '{date}',
  'followup.date.latest': 'Senest {date}',
  'followup.date.overdue': 'Fristen var {date}',
  'followup.date.late': 'Kommer forsinket – skulle være kommet {date}.',
  'followup.unreachable.title': 'En leder kan ikke nås i Teams',
  'followup.unreachable.body':
    'Nærvær kunne ikke sende påmindelser om sygefraværsopfølgning til {name}. Appen er måske fjernet eller blokeret. Tag kontakt, så opfølgningen ikke går tabt.',
  'followup.unreachable.hrTitle': 'En HR-konsulent kan ikke nås i Teams',
  'followup.unreachable.hrBody':
    'Nærvær kunne ikke sende en besked om sygefraværsopfølgning til HR-konsulent {name}. Appen er måske fjernet eller blokeret. Tag kontakt, så ingen sager bliver liggende.',
  'followup.badge.legal': 'Lovkrav',
  'followup.badge.recommended': 'Anbefalet',
  'followup.due.new': 'I dag',
  'followup.due.reminder': 'Påmindelse',
  'followup.due.approaching': 'Fristen nærmer sig',
  'followup.due.escalation': 'Til HR',
  'followup.digest.title': 'Din opfølgning i dag',
  'followup.digest.titleHr': 'Opfølgning, HR skal kende til',
  'followup.digest.intro':
    'Hej {name}. Her er det, der er på i dag. Tak fordi du holder kontakten.',
  'followup.digest.introHr':
    'Hej {name}. Her er sager, hvor en frist nærmer sig eller HR skal handle.',
  'followup.digest.escalation':
    'Samtalen med {name} skal holdes senest {date} og er endnu ikke markeret som holdt. Lederen ({leader}) har fået en påmindelse – måske kan du hjælpe.',
  'followup.digest.hrAsked': 'HR er bedt om hjælp ({date}).',
  'followup.digest.earlyInterventionOffered': 'Tidlig Indsats er tilbudt ({date}).',
  'followup.digest.postponedTo': 'Udskudt til {date}. Du får kortet igen den dag.',
  'followup.digest.closed': 'Afsluttet: {state}',
  'followup.digest.savedOutcome': 'Gemt: {outcome}',
  'followup.digest.more': '… og {count} mere i det næste kort.',
  'followup.plan.title': 'Opfølgning for {name}',
  'followup.plan.start': 'Første sygedag',
  'followup.plan.end': 'Sidste sygedag',
  'followup.plan.extent': 'Omfang',
  'followup.plan.full': 'Fuldt syg',
  'followup.plan.partial': 'Delvist syg, {percent} %',
  'followup.plan.policy': 'Retningslinje',
  'followup.plan.empty': 'Der er ingen trin i planen.',
  'followup.plan.personSteps':
    'Der er ingen sygeperiode lige nu. Her er det, I har aftalt om den næste kontakt.',
  'followup.plan.privacy':
    'Spørg aldrig til diagnosen – tal om, hvordan medarbejderen har det, og hvad arbejdspladsen kan gøre.',
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
  'followup.register.title': 'Registrer sygdom',
  'followup.register.intro':
    'Vælg medarbejderen og første sygedag. Jeg laver en opfølgningsplan og minder dig om kontakten.',
  'followup.register.employee': 'Medarbejder',
  'followup.register.employeeError': 'Vælg en af dine medarbejdere.',
  'followup.register.start': 'Første sygedag',
  'followup.register.startError': 'Vælg en dato fra det seneste år og senest i dag.',
  'followup.register.extent': 'Omfang',
  'followup.register.full': 'Fuldt syg',
  'followup.register.partial': 'Delvist syg',
  'followup.register.percent':
    'Ved delvis sygdom: hvor mange procent af arbejdstiden er medarbejderen syg?',
  'followup.register.percentError': 'Skriv et tal mellem 1 og 99.',
  'followup.register.submit': 'Registrer',
  'followup.register.noEmployees': 'Jeg kan ikke finde nogen medarbejdere i dine enheder.',
  'followup.register.done':
    '{name} er registreret som syg fra {date}. Du får besked, når der er noget at følge op på.',
  'followup.error.start-in-future': 'Første sygedag kan ikke ligge i fremtiden.',
  'followup.error.start-too-old': 'Første sygedag kan højst ligge et år tilbage.',
  'followup.error.end-before-start': 'Sidste sygedag kan ikke ligge før første sygedag.',
  'followup.error.partial-out-of-range': 'Ved delvis sygdom skal procenten være mellem 1 og 99.',
  'followup.error.not-sickness': 'Det fravær får ikke en opfølgningsplan.',
  'followup.error.unknown-policy': 'Jeg kender ikke enhedens retningslinje. Kontakt HR.',
  'followup.error.stale': 'Kortet var forældet, så intet er ændret. Her er det, som det ser ud nu.',
  'followup.error.not-open': 'Det trin er allerede afsluttet.',
  'followup.error.outcome-not-allowed': 'Det svar passer ikke til dette trin.',
  'followup.error.note-required': 'Skriv en kort bemærkning, når du vælger "Anden grund".',
  'followup.error.note-too-long': 'Bemærkningen må højst være 140 tegn.',
  'followup.error.postpone-not-future': 'Vælg en dato efter i dag.',
  'followup.error.postpone-past-deadline':
    'Fristen er lovbestemt og kan ikke flyttes: vælg en dato senest {deadline}.',
  'followup.error.already-requested': 'Det er allerede gjort.',
  'followup.error.not-offered': 'Tidlig Indsats er ikke en del af jeres retningslinje her.',
  'followup.chat.personalOnly':
    'Det kan jeg kun hjælpe med i vores personlige chat, så ingen andre ser oplysninger om en medarbejder.',
  'followup.chat.leadersOnly':
    'Det er kun ledere, der kan registrere sygdom og se opfølgningsplaner, og du er ikke registreret som leder i Nærvær.',
  'followup.chat.notFound':
    'Jeg kan ikke finde "{name}" blandt dine medarbejdere. Skriv navnet, som det står i personalesystemet, eller skriv "registrer sygdom" for at vælge fra en liste.',
  'followup.chat.invalidDate':
    'Jeg forstod ikke datoen "{date}". Skriv fx "fra i går", "fra mandag" eller "fra 3.11".',
  'followup.chat.percentMissing':
    'Hvor stor en del af arbejdstiden er {name} syg? Skriv fx "{name} er delvist syg, 50 %".',
  'followup.chat.registered':
    '{name} er registreret som syg fra {date}. Her er opfølgningsplanen – jeg minder dig om hvert trin på dagen.',
  'followup.chat.registeredPartial':
    '{name} er registreret som delvist syg ({percent} %) fra {date}. Her er opfølgningsplanen – jeg minder dig om hvert trin på dagen.',
  'followup.chat.alreadySick':
    '{name} er allerede registreret som syg fra {date}, så jeg har ikke oprettet en ny sygeperiode. Her er opfølgningsplanen.',
  'followup.chat.overlaps':
    '{name} har allerede en sygeperiode fra {start} til {end}, og den nye ville overlappe. Tjek datoen – eller bed HR om at rette perioden.',
  'followup.chat.notSick':
    '{name} er ikke registreret som syg lige nu, så der er ingen raskmelding at lave.',
  'followup.chat.fitRegistered':
    'Dejligt, at {name} er tilbage. Sygeperioden er afsluttet med sidste sygedag {date}, og de åbne opfølgningstrin er lukket.',
  'followup.chat.fitKeptOpen': 'Fraværet varede over 30 dage, så dette er stadig åbent: {steps}.',
  'followup.chat.fitSameDay':
    '{name} er registreret syg fra {date}, så sidste sygedag kan ikke ligge før. Var {date} den eneste sygedag, så skriv "{name} er rask fra i morgen".',
  'followup.chat.fitTooFarAhead':
    'Jeg kan registrere en raskmelding fra i dag eller i morgen. Skriv til mig igen, når {name} er tilbage.',
  'followup.chat.noPeriod':
    'Der er ingen sygeperiode registreret for {name}, så der er ingen opfølgningsplan. Skriv "{name} er syg", hvis {name} har meldt sig syg.',
  'followup.chat.notYourEmployee':
    'Den medarbejder er ikke en af dine, så jeg har ikke gjort noget. Du kan kun registrere og følge op for medarbejdere i de enheder, du er leder for.',
  'followup.choice.title': 'Hvem mener du?',
  'followup.choice.body': 'Flere af dine medarbejdere passer på "{name}". Vælg den rigtige:',
  'followup.choice.pick': 'Vælg',
  'followup.choice.chosen': 'Du valgte {name}.',
  'followup.choice.more': 'Der er flere. Skriv det fulde navn for at finde den rigtige.',
  'followup.notice.saved': 'Gemt. Tak, fordi du holder kontakten.',
  'followup.notice.postponed': 'Udskudt. Du får kortet igen den dag.',
  'followup.notice.hrAsked': 'Din HR-konsulent har fået besked med sagens fakta.',
  'followup.notice.earlyIntervention': 'Tilbuddet om Tidlig Indsats er noteret.',
  'followup.notice.guide': 'Samtaleguiden åbner her i chatten.',
  'followup.notice.alreadyDone': 'Det var allerede gemt. Her er kortet, som det ser ud nu.',
  'followup.guide.hint':
    'Skriv "forbered samtale med {name}" her i chatten, så går vi samtalen igennem trin for trin.',
  'followup.error.missing': 'Det trin findes ikke længere, så intet er ændret.',
  'followup.error.notYourStep':
    'Det trin hører til en medarbejder, du ikke er leder for, så intet er ændret.',
  'followup.hrReply.notYours': 'Du er ikke HR-konsulent for den enhed, så svaret er ikke sendt.',
  'followup.hrReply.missing': 'Jeg kan ikke finde den forespørgsel længere.',
  'followup.hrReply.toLeader': '{hr} fra HR har svaret på din forespørgsel om {name}: "{reply}"',
} as const;

export const followUpEn: Record<keyof typeof followUpDa, string> = {
  'followup.step.sick-call': 'Sick call on day 1',
  'followup.step.first-contact': 'First contact',
  'followup.step.early-contact': 'Call the employee',
  'followup.step.keep-in-touch': 'Keep in touch',
  'followup.step.way-ahead': 'Clarify the way ahead',
  'followup.step.contact-window': 'Contact within 1–2 weeks',
  'followup.step.early-conversation': 'Early absence conversation',
  'followup.step.status-talk': 'Status talk',
  'followup.step.notice-2w': 'Sick for 2 weeks',
  'followup.step.notice-4w': 'Sick for 4 weeks',
  'followup.step.legal-conversation': 'Absence conversation (§ 7a)',
  'followup.step.retention-plan': 'Retention plan (§ 7b)',
  'followup.step.municipality-report': 'Report to the municipality (NemRefusion)',
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
    'The employee has now been sick for 2 weeks. Consider an early conversation, and remember the absence conversation no later than 4 weeks after the first sick day.',
  'followup.purpose.notice-4w':
    'The employee has now been sick for 4 weeks. The absence conversation should have been held, and the absence must be reported to the municipality no later than 5 weeks after the first sick day.',
  'followup.purpose.legal-conversation':
    'The law requires a personal conversation no later than 4 weeks after the first sick day about how and when the employee can return. Invite them with reasonable notice. If you cannot meet, hold it by phone.',
  'followup.purpose.retention-plan':
    'If the employee is not expected back within 8 weeks of the first sick day, they may ask for a retention plan. Mention this option at your next conversation.',
  'followup.purpose.municipality-report':
    'The employer period ends on day 30. If the absence lasts more than 30 days, it must be reported via NemRefusion no later than 5 weeks after the first sick day.',
  'followup.para56':
    'If the employee has a long-term or chronic illness, a § 56 agreement may be an option. The workplace then gets reimbursement from the first day of absence.',
  'followup.employerPeriodEnds': 'The employer period ends {date}.',
  'followup.state.open': 'Open',
  'followup.state.done': 'Done',
  'followup.state.postponed': 'Postponed',
  'followup.state.not-needed': 'No longer needed',
  'followup.state.skipped-with-reason': 'Not appropriate now',
  'followup.state.missed': 'Not done before the employee was fit again',
  'followup.outcome.talked': 'I talked with the employee',
  'followup.outcome.via-colleague': 'Contact went via a colleague, as the employee preferred',
  'followup.outcome.not-appropriate': 'Not appropriate now',
  'followup.outcome.noted': 'Seen and noted',
  'followup.reason.in-treatment': 'The employee is in treatment',
  'followup.reason.employee-asked-for-rest': 'The employee has asked for some peace right now',
  'followup.reason.no-need': 'Not needed – the absence is clarified',
  'followup.reason.other': 'Another reason',
  'followup.action.done': 'Done',
  'followup.action.noted': 'Seen',
  'followup.action.reported': 'Reported',
  'followup.action.postpone': 'Postpone',
  'followup.action.startGuide': 'Start conversation guide',
  'followup.action.askHr': 'Ask HR for help',
  'followup.action.offerEarlyIntervention': 'Offer Tidlig Indsats',
  'followup.action.save': 'Save',
  'followup.input.outcome': 'How did it go?',
  'followup.input.outcomeError': 'Choose how it went.',
  'followup.input.reason': 'If not appropriate now: why?',
  'followup.input.note': 'Short note (only for "Another reason")',
  'followup.input.notePlaceholder': 'Never write anything about health or diagnosis',
  'followup.input.date': 'New date',
  'followup.input.dateError': 'Choose a date after today.',
  'followup.input.dateLegalHint': 'The deadline cannot move: choose a date no later than {date}.',
  'followup.date.on': '{date}',
  'followup.date.latest': 'No later than {date}',
  'followup.date.overdue': 'The deadline was {date}',
  'followup.date.late': 'Delivered late – it should have arrived {date}.',
  'followup.unreachable.title': 'A leader cannot be reached in Teams',
  'followup.unreachable.body':
    'Nærvær could not send sickness follow-up reminders to {name}. The app may have been removed or blocked. Please get in touch so the follow-up is not lost.',
  'followup.unreachable.hrTitle': 'An HR consultant cannot be reached in Teams',
  'followup.unreachable.hrBody':
    'Nærvær could not send a sickness follow-up message to HR consultant {name}. The app may have been removed or blocked. Please get in touch so no case is left waiting.',
  'followup.badge.legal': 'Required by law',
  'followup.badge.recommended': 'Recommended',
  'followup.due.new': 'Today',
  'followup.due.reminder': 'Reminder',
  'followup.due.approaching': 'Deadline approaching',
  'followup.due.escalation': 'For HR',
  'followup.digest.title': 'Your follow-up today',
  'followup.digest.titleHr': 'Follow-up HR should know about',
  'followup.digest.intro':
    'Hello {name}. Here is what is due today. Thank you for keeping in touch.',
  'followup.digest.introHr':
    'Hello {name}. Here are cases where a deadline is close or HR needs to act.',
  'followup.digest.escalation':
    'The conversation with {name} must be held no later than {date} and is not yet marked as held. The leader ({leader}) has been reminded – perhaps you can help.',
  'followup.digest.hrAsked': 'HR has been asked for help ({date}).',
  'followup.digest.earlyInterventionOffered': 'Tidlig Indsats has been offered ({date}).',
  'followup.digest.postponedTo': 'Postponed to {date}. You will get the card again that day.',
  'followup.digest.closed': 'Closed: {state}',
  'followup.digest.savedOutcome': 'Saved: {outcome}',
  'followup.digest.more': '… and {count} more in the next card.',
  'followup.plan.title': 'Follow-up for {name}',
  'followup.plan.start': 'First sick day',
  'followup.plan.end': 'Last sick day',
  'followup.plan.extent': 'Extent',
  'followup.plan.full': 'Fully sick',
  'followup.plan.partial': 'Partly sick, {percent} %',
  'followup.plan.policy': 'Guideline',
  'followup.plan.empty': 'The plan has no steps.',
  'followup.plan.personSteps':
    'There is no sick period right now. This is what you agreed about the next contact.',
  'followup.plan.privacy':
    'Never ask about the diagnosis – talk about how the employee is doing and what the workplace can do.',
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
  'followup.register.title': 'Register sickness',
  'followup.register.intro':
    'Choose the employee and the first sick day. I will make a follow-up plan and remind you to keep in touch.',
  'followup.register.employee': 'Employee',
  'followup.register.employeeError': 'Choose one of your employees.',
  'followup.register.start': 'First sick day',
  'followup.register.startError': 'Choose a date within the last year and no later than today.',
  'followup.register.extent': 'Extent',
  'followup.register.full': 'Fully sick',
  'followup.register.partial': 'Partly sick',
  'followup.register.percent':
    'If partly sick: what percentage of the working time is the employee sick?',
  'followup.register.percentError': 'Enter a number from 1 to 99.',
  'followup.register.submit': 'Register',
  'followup.register.noEmployees': 'I cannot find any employees in your units.',
  'followup.register.done':
    '{name} is registered as sick from {date}. I will let you know when there is something to follow up on.',
  'followup.error.start-in-future': 'The first sick day cannot be in the future.',
  'followup.error.start-too-old': 'The first sick day can be at most one year back.',
  'followup.error.end-before-start': 'The last sick day cannot be before the first sick day.',
  'followup.error.partial-out-of-range':
    'For partial sickness the percentage must be from 1 to 99.',
  'followup.error.not-sickness': 'That absence does not get a follow-up plan.',
  'followup.error.unknown-policy': 'I do not know the unit’s guideline. Please contact HR.',
  'followup.error.stale':
    'The card was out of date, so nothing was changed. Here is how it looks now.',
  'followup.error.not-open': 'That step is already closed.',
  'followup.error.outcome-not-allowed': 'That answer does not fit this step.',
  'followup.error.note-required': 'Write a short note when you choose "Another reason".',
  'followup.error.note-too-long': 'The note can be at most 140 characters.',
  'followup.error.postpone-not-future': 'Choose a date after today.',
  'followup.error.postpone-past-deadline':
    'The deadline is set by law and cannot move: choose a date no later than {deadline}.',
  'followup.error.already-requested': 'That has already been done.',
  'followup.error.not-offered': 'Tidlig Indsats is not part of your guideline here.',
  'followup.chat.personalOnly':
    'I can only help with that in our personal chat, so nobody else sees information about an employee.',
  'followup.chat.leadersOnly':
    'Only leaders can register sickness and see follow-up plans, and you are not registered as a leader in Nærvær.',
  'followup.chat.notFound':
    'I cannot find "{name}" among your employees. Write the name as it appears in the HR system, or type "register sickness" to choose from a list.',
  'followup.chat.invalidDate':
    'I did not understand the date "{date}". Write e.g. "since yesterday", "since Monday" or "from 3/11".',
  'followup.chat.percentMissing':
    'How much of the working time is {name} sick? Write e.g. "{name} is partly sick, 50%".',
  'followup.chat.registered':
    '{name} is registered as sick from {date}. Here is the follow-up plan – I will remind you of each step on the day.',
  'followup.chat.registeredPartial':
    '{name} is registered as partly sick ({percent} %) from {date}. Here is the follow-up plan – I will remind you of each step on the day.',
  'followup.chat.alreadySick':
    '{name} is already registered as sick from {date}, so I did not create a new sick period. Here is the follow-up plan.',
  'followup.chat.overlaps':
    '{name} already has a sick period from {start} to {end}, and the new one would overlap it. Check the date – or ask HR to correct the period.',
  'followup.chat.notSick':
    '{name} is not registered as sick right now, so there is nothing to close.',
  'followup.chat.fitRegistered':
    'Good to have {name} back. The sick period is closed with {date} as the last sick day, and the open follow-up steps are closed.',
  'followup.chat.fitKeptOpen':
    'The absence lasted more than 30 days, so this is still open: {steps}.',
  'followup.chat.fitSameDay':
    '{name} is registered as sick from {date}, so the last sick day cannot be earlier. If {date} was the only sick day, write "{name} is fit from tomorrow".',
  'followup.chat.fitTooFarAhead':
    'I can register a return from today or tomorrow. Write to me again when {name} is back.',
  'followup.chat.noPeriod':
    'There is no sick period registered for {name}, so there is no follow-up plan. Write "{name} is sick" if {name} has reported sick.',
  'followup.chat.notYourEmployee':
    'That employee is not one of yours, so I have done nothing. You can only register and follow up for employees in the units you lead.',
  'followup.choice.title': 'Who do you mean?',
  'followup.choice.body': 'Several of your employees match "{name}". Choose the right one:',
  'followup.choice.pick': 'Choose',
  'followup.choice.chosen': 'You chose {name}.',
  'followup.choice.more': 'There are more. Write the full name to find the right one.',
  'followup.notice.saved': 'Saved. Thank you for keeping in touch.',
  'followup.notice.postponed': 'Postponed. You will get the card again that day.',
  'followup.notice.hrAsked': 'Your HR consultant has been told, with the facts of the case.',
  'followup.notice.earlyIntervention': 'The Tidlig Indsats offer is noted.',
  'followup.notice.guide': 'The conversation guide opens here in the chat.',
  'followup.notice.alreadyDone': 'That was already saved. Here is the card as it is now.',
  'followup.guide.hint':
    'Type "prepare conversation with {name}" here in the chat, and we will go through the conversation step by step.',
  'followup.error.missing': 'That step no longer exists, so nothing was changed.',
  'followup.error.notYourStep':
    'That step belongs to an employee you do not lead, so nothing was changed.',
  'followup.hrReply.notYours':
    'You are not the HR consultant for that unit, so the answer was not sent.',
  'followup.hrReply.missing': 'I cannot find that request any more.',
  'followup.hrReply.toLeader': '{hr} from HR has answered your request about {name}: "{reply}"',
};
