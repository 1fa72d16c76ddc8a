/**
 * The guide's kinds of conversation and what to do before one: the checklist (each item with a
 * short why) and the decision whether to hold it at all. Danish first; English mirrors every key.
 */
export const guidePrepareDa = {
  'guide.kind.firstContact.title': 'Første kontakt',
  'guide.kind.firstContact.titleDay': 'Første kontakt (dag {day})',
  'guide.kind.firstContact.when':
    'Et kort opkald i de første dage – på den dag, jeres retningslinje siger, fx dag 1, 3, 5 eller 8.',
  'guide.kind.firstContact.purpose':
    'Vis omsorg, tag det praktiske af medarbejderens skuldre, og aftal, hvordan I holder kontakten.',
  'guide.kind.early.title': 'Tidlig samtale',
  'guide.kind.early.when':
    'Senest 14 dage inde i sygeperioden, når fraværet ser ud til at blive længere.',
  'guide.kind.early.purpose':
    'Få et fælles billede af, hvad der kan hjælpe en tilbagevenden, og aftal kontakten frem til næste samtale.',
  'guide.kind.legal7a.title': 'Sygefraværssamtale (§ 7a)',
  'guide.kind.legal7a.when':
    'Senest 4 uger efter første sygedag. Loven kræver den – kan I ikke mødes, holder I den i telefon.',
  'guide.kind.legal7a.purpose':
    'Find sammen ud af, hvornår og hvordan medarbejderen kan vende tilbage – helt eller delvist – og hvad arbejdspladsen kan gøre.',
  'guide.kind.frequent.title': 'Samtale om hyppigt fravær',
  'guide.kind.frequent.when':
    'Når jeres retningslinje siger det, fx efter flere fraværsperioder på et år. Samme regel for alle.',
  'guide.kind.frequent.purpose':
    'Forstå mønstret sammen, find ud af om arbejdet spiller ind, og hvad der kan hjælpe – uden mistanke.',
  'guide.kind.returnToWork.title': 'Samtale om tilbagevenden',
  'guide.kind.returnToWork.when':
    'Lige før eller på den første arbejdsdag efter et længere fravær.',
  'guide.kind.returnToWork.purpose':
    'Planlæg en god og holdbar start: timer, opgaver, og hvad kollegerne skal vide.',
  'guide.kind.partialReturn.title': 'Opfølgning under delvis tilbagevenden',
  'guide.kind.partialReturn.when':
    'Mens medarbejderen arbejder på nedsat tid – gerne hver uge og mindst hver anden uge.',
  'guide.kind.partialReturn.purpose':
    'Hør, hvordan det går med timer og opgaver, og justér tempoet sammen.',
  'guide.check.tasksCovered.title':
    'Se på medarbejderens kalender og opgaver, og find ud af, hvem der dækker.',
  'guide.check.tasksCovered.why':
    'Så kan du tage det praktiske af skuldrene på medarbejderen, og opkaldet kan handle om vedkommende.',
  'guide.check.contactTime.title':
    'Send gerne en sms først, og aftal et tidspunkt, der passer medarbejderen.',
  'guide.check.contactTime.why':
    'Et opkald, man er forberedt på, føles som omsorg – ikke som kontrol.',
  'guide.check.localRule.title':
    'Find den regel i jeres retningslinje, der gør, at I skal tale sammen.',
  'guide.check.localRule.why':
    'Når du kan vise, at reglen er den samme for alle, forsvinder følelsen af at være udpeget.',
  'guide.check.startPlan.title':
    'Lav et udkast til en opstartsplan: timer, de første opgaver, og hvem der tager resten.',
  'guide.check.startPlan.why':
    'Et konkret udkast gør samtalen lettere, og medarbejderen kan sige til og fra.',
  'guide.check.welcomeReady.title':
    'Forbered kollegerne på en god modtagelse – uden at sige noget om helbredet.',
  'guide.check.welcomeReady.why':
    'En varm modtagelse betyder meget. Hvad kollegerne skal vide, bestemmer medarbejderen.',
  'guide.check.previousAgreements.title':
    'Find jeres sidste aftaler frem: timer, opgaver og næste skridt.',
  'guide.check.previousAgreements.why':
    'Så kan I tale om, hvordan det faktisk går, og justere ud fra det.',
  'guide.check.purposeTold.title':
    'Fortæl medarbejderen formålet: at finde ud af, hvordan I bedst hjælper – ikke at tale om sygdommen.',
  'guide.check.purposeTold.why':
    'Samtaler virker, når de opleves som omsorg. Et klart formål gør det trygt at komme.',
  'guide.check.bisidder.title':
    'Fortæl, at medarbejderen må tage en bisidder med, fx sin tillidsrepræsentant, en kollega eller en pårørende.',
  'guide.check.bisidder.why':
    'En bisidder giver ro, hjælper med at sætte ord på ønsker og følger op bagefter. Se det som en hjælp.',
  'guide.check.invitationNotice.title':
    'Send en skriftlig invitation med rimeligt varsel – nogle dage. Jeg laver et udkast til dig.',
  'guide.check.invitationNotice.why':
    'Medarbejderen får tid til at forberede sig og finde en bisidder, og I har begge noget at holde jer til.',
  'guide.check.quietRoom.title':
    'Book et roligt lokale og god tid, ca. 45 minutter. Sæt telefonen på lydløs.',
  'guide.check.quietRoom.why': 'Ro og tid viser, at samtalen er vigtig for dig.',
  'guide.check.statistics.title': 'Se fraværsoversigten igennem, så du kender perioder og dage.',
  'guide.check.statistics.why':
    'Så er fakta på plads og fylder mindre i samtalen. Tallene er et afsæt for dialog – aldrig en dom.',
  'guide.check.mulighedserklaering.title':
    'Overvej, om I skal udfylde første del af en mulighedserklæring sammen. Så skriv det i invitationen.',
  'guide.check.mulighedserklaering.why':
    'Den hjælper, når I er i tvivl om, hvad medarbejderen kan. Arbejdspladsen betaler lægens del.',
  'guide.check.offersKnown.title':
    'Kend kommunens tilbud: Tidlig Indsats, psykolog, jobcentrets fastholdelseskonsulent og § 56-aftaler.',
  'guide.check.offersKnown.why':
    'Hjælp virker bedst tidligt. Kan du nævne tilbuddene konkret, er det lettere at sige ja.',
  'guide.check.selfCheck.title':
    'Mærk efter, hvad du selv tænker om situationen. Er der en konflikt mellem jer, så tilbyd en anden leder eller HR.',
  'guide.check.selfCheck.why':
    'Din forforståelse smitter af på samtalen. Nysgerrighed åbner, antagelser lukker.',
  'guide.check.minuteTaker.title': 'Aftal, hvem der tager referat – gerne en lederkollega.',
  'guide.check.minuteTaker.why': 'Så kan du lytte og tænke, mens samtalen foregår.',
  'guide.check.sparring.title':
    'Tal samtalen igennem med din egen leder eller en kollega: Hvad vil du sige, og hvad forventer I?',
  'guide.check.sparring.why':
    'Sparring gør dig mere tryg og tydelig – særligt hvis du er ny som leder.',
  'guide.decision.label': 'Skal samtalen holdes nu?',
  'guide.decision.hold': 'Ja, vi mødes som planlagt',
  'guide.decision.phone': 'Ja, men i telefon',
  'guide.decision.otherContact':
    'En anden leder eller HR holder samtalen, fordi medarbejderen ønsker det',
  'guide.decision.notNow':
    'Ikke nu – medarbejderen er midt i et forløb eller har en kendt, kort årsag. Vi aftaler næste kontakt i stedet.',
  'guide.decision.why':
    'Brug din sunde fornuft: Et brækket ben eller en, der tydeligvis er midt i et forløb, skal ikke indkaldes for reglens skyld. Og nogle foretrækker en anden som kontakt.',
  'guide.decision.whyLegal':
    'Loven kræver samtalen senest 4 uger efter første sygedag. Kan I ikke mødes, så tal i telefon. Kun hvis heller ikke det kan lade sig gøre, falder den bort.',
  'guide.decision.call.label': 'Hvem tager kontakten?',
  'guide.decision.call.hold': 'Jeg ringer selv',
  'guide.decision.call.otherContact': 'En kollega, som medarbejderen har valgt, holder kontakten',
  'guide.decision.call.notNow': 'Ikke nu – jeg sender en kort hilsen og aftaler senere kontakt',
  'guide.decision.call.why':
    'Nogle vil hellere kontaktes af en kollega end af lederen. Det er helt i orden – det vigtige er, at kontakten er der.',
} as const;

export const guidePrepareEn: Record<keyof typeof guidePrepareDa, string> = {
  'guide.kind.firstContact.title': 'First contact',
  'guide.kind.firstContact.titleDay': 'First contact (day {day})',
  'guide.kind.firstContact.when':
    'A short call in the first days – on the day your guideline says, e.g. day 1, 3, 5 or 8.',
  'guide.kind.firstContact.purpose':
    'Show you care, take practical worries off the employee, and agree how you will keep in touch.',
  'guide.kind.early.title': 'Early conversation',
  'guide.kind.early.when':
    'Within 14 days of the sick period, when the absence looks like it will be longer.',
  'guide.kind.early.purpose':
    'Get a shared picture of what could help a return, and agree how you keep in touch until the next conversation.',
  'guide.kind.legal7a.title': 'Sickness conversation (§ 7a)',
  'guide.kind.legal7a.when':
    'No later than 4 weeks after the first sick day. The law requires it – if you cannot meet, hold it by phone.',
  'guide.kind.legal7a.purpose':
    'Find out together when and how the employee can return – fully or partly – and what the workplace can do.',
  'guide.kind.frequent.title': 'Conversation about frequent absence',
  'guide.kind.frequent.when':
    'When your guideline says so, e.g. after several absence periods in a year. The same rule for everyone.',
  'guide.kind.frequent.purpose':
    'Understand the pattern together, find out whether work plays a part, and what could help – without suspicion.',
  'guide.kind.returnToWork.title': 'Return-to-work conversation',
  'guide.kind.returnToWork.when': 'Just before or on the first working day after a longer absence.',
  'guide.kind.returnToWork.purpose':
    'Plan a good and lasting start: hours, tasks, and what colleagues should know.',
  'guide.kind.partialReturn.title': 'Follow-up during partial return',
  'guide.kind.partialReturn.when':
    'While the employee works reduced hours – ideally every week, and at least every other week.',
  'guide.kind.partialReturn.purpose':
    'Hear how it is going with hours and tasks, and adjust the pace together.',
  'guide.check.tasksCovered.title':
    "Look at the employee's calendar and tasks, and work out who will cover.",
  'guide.check.tasksCovered.why':
    'Then you can take the practical worries off the employee, and the call can be about them.',
  'guide.check.contactTime.title':
    'Consider sending a text first to agree a time that suits the employee.',
  'guide.check.contactTime.why': 'A call you are ready for feels like care – not like control.',
  'guide.check.localRule.title': 'Find the rule in your guideline that means you should talk.',
  'guide.check.localRule.why':
    'When you can show that the rule is the same for everyone, the feeling of being singled out goes away.',
  'guide.check.startPlan.title':
    'Draft a start-up plan: hours, the first tasks, and who takes the rest.',
  'guide.check.startPlan.why':
    'A concrete draft makes the conversation easier, and the employee can say yes or no to it.',
  'guide.check.welcomeReady.title':
    'Prepare colleagues to give a warm welcome – without saying anything about health.',
  'guide.check.welcomeReady.why':
    'A warm welcome means a lot. What colleagues are told is for the employee to decide.',
  'guide.check.previousAgreements.title':
    'Get out your last agreements: hours, tasks and next steps.',
  'guide.check.previousAgreements.why':
    'Then you can talk about how it is actually going, and adjust from there.',
  'guide.check.purposeTold.title':
    'Tell the employee the purpose: to find out how you can best help – not to talk about the illness.',
  'guide.check.purposeTold.why':
    'Conversations work when they feel like care. A clear purpose makes it safe to come.',
  'guide.check.bisidder.title':
    'Tell the employee they may bring a companion (bisidder), e.g. their union rep, a colleague or a relative.',
  'guide.check.bisidder.why':
    'A companion brings calm, helps put wishes into words and follows up afterwards. See it as a help.',
  'guide.check.invitationNotice.title':
    'Send a written invitation with reasonable notice – a few days. I will draft it for you.',
  'guide.check.invitationNotice.why':
    'The employee gets time to prepare and find a companion, and you both have something to rely on.',
  'guide.check.quietRoom.title':
    'Book a quiet room and enough time, about 45 minutes. Put your phone on silent.',
  'guide.check.quietRoom.why': 'Quiet and time show that the conversation matters to you.',
  'guide.check.statistics.title':
    'Go through the absence overview so you know the periods and days.',
  'guide.check.statistics.why':
    'Then the facts are settled and take up less room. The figures are a starting point for dialogue – never a verdict.',
  'guide.check.mulighedserklaering.title':
    'Consider filling in part 1 of an options statement (mulighedserklæring) together. If so, say it in the invitation.',
  'guide.check.mulighedserklaering.why':
    'It helps when you are unsure what the employee can do. The workplace pays for the doctor’s part.',
  'guide.check.offersKnown.title':
    "Know the municipality's offers: Tidlig Indsats, psychologist, the jobcentre's retention consultant and § 56 agreements.",
  'guide.check.offersKnown.why':
    'Help works best early. If you can name the offers concretely, it is easier to say yes.',
  'guide.check.selfCheck.title':
    'Notice what you yourself think about the situation. If there is a conflict between you, offer another leader or HR.',
  'guide.check.selfCheck.why':
    'Your assumptions colour the conversation. Curiosity opens, assumptions close.',
  'guide.check.minuteTaker.title': 'Agree who takes the minutes – ideally a fellow leader.',
  'guide.check.minuteTaker.why': 'Then you can listen and think during the conversation.',
  'guide.check.sparring.title':
    'Talk the conversation through with your own manager or a colleague: what will you say, and what do you expect?',
  'guide.check.sparring.why':
    'Sparring makes you calmer and clearer – especially if you are new as a leader.',
  'guide.decision.label': 'Should the conversation be held now?',
  'guide.decision.hold': 'Yes, we meet as planned',
  'guide.decision.phone': 'Yes, but by phone',
  'guide.decision.otherContact': 'Another leader or HR holds it, because the employee prefers that',
  'guide.decision.notNow':
    'Not now – the employee is in the middle of a course of care or has a known, short cause. We agree the next contact instead.',
  'guide.decision.why':
    'Use common sense: a broken leg, or someone clearly in the middle of a course of care, should not be summoned for the rule’s sake. And some prefer someone else as their contact.',
  'guide.decision.whyLegal':
    'The law requires the conversation no later than 4 weeks after the first sick day. If you cannot meet, talk by phone. Only if that is impossible too does it lapse.',
  'guide.decision.call.label': 'Who makes contact?',
  'guide.decision.call.hold': 'I call myself',
  'guide.decision.call.otherContact': 'A colleague the employee has chosen keeps in touch',
  'guide.decision.call.notNow': 'Not now – I send a short greeting and agree a later contact',
  'guide.decision.call.why':
    'Some would rather be contacted by a colleague than by their leader. That is fine – what matters is that there is contact.',
};
