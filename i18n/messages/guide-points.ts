/**
 * During the conversation: the points to cover, one at a time — what, why, and an example of
 * what to say — and the questions never to ask, each with what to ask instead. Written for
 * Danish municipal leaders: care first, then clarity; talk about work, never the illness.
 * The English version is in guide-points-en.ts.
 */
export const guidePointsDa = {
  'guide.point.callCare.title': 'Vis omsorg',
  'guide.point.callCare.what':
    'Spørg, hvordan medarbejderen har det, og sig, at I savner vedkommende. Lyt mere, end du taler.',
  'guide.point.callCare.why':
    'Kontakten skal opleves som omsorg, ikke kontrol. Det er den vigtigste grund til at ringe.',
  'guide.point.callCare.say': '"Tak fordi du tager den. Hvordan har du det?"',
  'guide.point.handover.title': 'Tag det praktiske',
  'guide.point.handover.what':
    'Find ud af, om der er møder at aflyse eller opgaver at give videre – og tag dem selv.',
  'guide.point.handover.why':
    'Syg er syg. Når du tager opgaverne, kan medarbejderen koncentrere sig om at blive rask.',
  'guide.point.handover.say': '"Er der noget i din kalender, jeg skal tage mig af?"',
  'guide.point.canWeHelp.title': 'Spørg, om I kan hjælpe',
  'guide.point.canWeHelp.what':
    'Spørg, om der er noget, du eller arbejdspladsen kan gøre, og om noget i arbejdet påvirker situationen.',
  'guide.point.canWeHelp.why':
    'Nogle gange spiller arbejdet ind. Det kan I gøre noget ved – men kun hvis I taler om det.',
  'guide.point.canWeHelp.say':
    '"Er der noget, jeg kan gøre? Er der noget i arbejdet, der påvirker, hvordan du har det?"',
  'guide.point.earlyOffers.title': 'Nævn hjælpen tidligt',
  'guide.point.earlyOffers.what':
    'Fortæl kort om kommunens tilbud, fx Tidlig Indsats eller samtaler med en psykolog. Det er et tilbud, ikke et krav.',
  'guide.point.earlyOffers.why':
    'Hjælp, der kommer tidligt, virker bedst. Hjælp, der først kommer efter tilbagevenden, er spildt.',
  'guide.point.earlyOffers.say':
    '"Vi har nogle tilbud, der kan hjælpe, fx Tidlig Indsats. Vil du høre mere om dem?"',
  'guide.point.warmClose.title': 'Slut varmt',
  'guide.point.warmClose.what':
    'Ønsk god bedring, og gentag, hvornår og hvordan I taler sammen næste gang.',
  'guide.point.warmClose.why': 'En varm afslutning uden deadline gør det lettere at vende tilbage.',
  'guide.point.warmClose.say': '"God bedring – vi glæder os til at se dig, når du er klar."',
  'guide.point.careAndClarity.title': 'Sæt en tryg ramme',
  'guide.point.careAndClarity.what':
    'Sig, hvad samtalen skal bruges til, og hvad den ikke handler om: sygdommen. Vis omsorg, men gå ikke uden om de svære spørgsmål.',
  'guide.point.careAndClarity.why':
    'Et klart formål gør samtalen tryg. Omsorg og afklaring hører sammen – en langtrukken afklaring er ikke venlig.',
  'guide.point.careAndClarity.say':
    '"Formålet i dag er at finde ud af, hvordan vi bedst hjælper dig tilbage – i dit tempo. Det handler ikke om din sygdom."',
  'guide.point.frequentOpening.title': 'Åbn med reglen og nysgerrighed',
  'guide.point.frequentOpening.what':
    'Sig, hvorfor I mødes: jeres fælles retningslinje, som gælder alle. Vis fraværet, som det er, og spørg nysgerrigt ind – uden mistanke.',
  'guide.point.frequentOpening.why':
    'Samme regel for alle fjerner mistanke og tabu. Fraværet er et fælles anliggende; årsagen er privat.',
  'guide.point.frequentOpening.say':
    '"Vores retningslinje siger, at vi tager en snak, når man har haft flere fraværsperioder på kort tid. Jeg er nysgerrig på, hvordan du har det, og om der er noget på arbejdet, vi kan gøre anderledes."',
  'guide.point.welcomeBack.title': 'Byd velkommen tilbage',
  'guide.point.welcomeBack.what':
    'Sig, at du er glad for, at medarbejderen er tilbage, og spørg, hvordan det føles at starte.',
  'guide.point.welcomeBack.why':
    'Den første dag sætter tonen. En god modtagelse gør starten lettere.',
  'guide.point.welcomeBack.say':
    '"Hvor er det godt at se dig. Hvordan har du det med at starte igen?"',
  'guide.point.partialStatus.title': 'Hør, hvordan det går',
  'guide.point.partialStatus.what':
    'Spørg, hvordan det går med timerne og opgaverne, og hvad der fungerer godt.',
  'guide.point.partialStatus.why':
    'Begynd med det, der virker. Så er det lettere at tale om det, der skal justeres.',
  'guide.point.partialStatus.say':
    '"Hvordan går det med timerne og opgaverne? Hvad fungerer godt?"',
  'guide.point.pace.title': 'Tjek tempoet',
  'guide.point.pace.what':
    'Tal om, om optrapningen går i et godt tempo. Lad medarbejderen vurdere, hvornår der er plads til mere.',
  'guide.point.pace.why':
    'For hurtig optrapning kan koste et tilbagefald. Langsomt og holdbart er bedre end hurtigt.',
  'guide.point.pace.say':
    '"Passer tempoet? Er det tid til at skrue op, eller skal vi blive her lidt endnu?"',
  'guide.point.functioning.title': 'Hvad kan medarbejderen lige nu?',
  'guide.point.functioning.what':
    'Spørg, hvad medarbejderen kan lige nu, og hvad der er svært i arbejdet. Tal om arbejdet – aldrig om, hvad der er galt.',
  'guide.point.functioning.why':
    'I må tale om arbejdsevne og opgaver, ikke om diagnosen. Det er også det, I kan planlægge ud fra.',
  'guide.point.functioning.say':
    '"Hvad betyder det for dit arbejde lige nu – hvad kan du, og hvad er svært?"',
  'guide.point.duration.title': 'Forventet varighed',
  'guide.point.duration.what':
    'Spørg, om medarbejderen har en fornemmelse af, hvor længe det varer. Det er kun til planlægning.',
  'guide.point.duration.why':
    'I må gerne spørge til varigheden. Ser det ud til at vare mere end 8 uger, åbner det for flere muligheder, fx en fastholdelsesplan.',
  'guide.point.duration.say':
    '"Har du en fornemmelse af, hvor længe det varer? Det er kun, så vi kan planlægge – ikke for at presse dig."',
  'guide.point.returnPlan.title': 'Læg en opstartsplan',
  'guide.point.returnPlan.what':
    'Aftal timer i starten og en rolig optrapning. Start med opgaver, der giver en god oplevelse, gerne sammen med en kollega.',
  'guide.point.returnPlan.why':
    'En plan giver tryghed for begge. Små succeser tidligt gør tilbagevenden mere holdbar.',
  'guide.point.returnPlan.say':
    '"Hvordan vil du helst starte – hvor mange timer, og med hvilke opgaver?"',
  'guide.point.conditions.title': 'Gode rammer',
  'guide.point.conditions.what':
    'Tal om de praktiske rammer: et roligt sted, pauser, hjemmearbejde, og hvilke tider på dagen der passer bedst.',
  'guide.point.conditions.why':
    'Små justeringer af rammerne kan gøre en stor forskel de første uger.',
  'guide.point.conditions.say':
    '"Er der noget ved rammerne, vi skal ændre, så det bliver lettere for dig?"',
  'guide.point.colleagues.title': 'Hvad skal kollegerne vide?',
  'guide.point.colleagues.what':
    'Spørg, hvad kollegerne skal vide, og om medarbejderen selv vil fortælle det. Del aldrig helbredsoplysninger uden samtykke.',
  'guide.point.colleagues.why':
    'Det er medarbejderens valg. Det giver tryghed og forebygger snak på gangene.',
  'guide.point.colleagues.say':
    '"Hvad skal dine kolleger vide – og vil du selv fortælle det, eller skal jeg?"',
  'guide.point.adjustments.title': 'Hvad kan vi tilpasse?',
  'guide.point.adjustments.what':
    'Tal om, hvad arbejdspladsen kan ændre: opgaver, timer, delvis tilbagevenden, hjælpemidler, en anden funktion eller aktiv sygemelding via jobcentret.',
  'guide.point.adjustments.why':
    'Mange kan noget, når rammerne passer, og delvis tilbagevenden holder forbindelsen til arbejdet. I aftaler det sammen, og arbejdspladsen skal kunne bære det.',
  'guide.point.adjustments.say': '"Hvad skal der til, for at du kan være her noget af tiden?"',
  'guide.point.workFactors.title': 'Spiller arbejdet ind?',
  'guide.point.workFactors.what':
    'Spørg, om noget i arbejdet påvirker, hvordan medarbejderen har det – fx travlhed, samarbejde eller forandringer.',
  'guide.point.workFactors.why':
    'Det, der ligger i arbejdet, kan I gøre noget ved. Det forebygger også, at det sker igen.',
  'guide.point.workFactors.say':
    '"Er der noget i dit arbejde eller hos os, der påvirker, hvordan du har det?"',
  'guide.point.whatHelps.title': 'Hvad kan hjælpe?',
  'guide.point.whatHelps.what':
    'Find sammen ud af, hvad medarbejderen selv kan gøre, og hvad du og arbejdspladsen kan gøre. Tænk også på kollegerne og kerneopgaven.',
  'guide.point.whatHelps.why':
    'Fraværet er et fælles anliggende. Når begge bidrager, holder løsningen.',
  'guide.point.whatHelps.say':
    '"Hvad ville gøre det lettere for dig at være her – og hvad kan jeg gøre?"',
  'guide.point.offers.title': 'Hvilke tilbud passer?',
  'guide.point.offers.what':
    'Gennemgå de tilbud, der kan passe: Tidlig Indsats, psykolog, jobcentrets fastholdelseskonsulent og en § 56-aftale ved kronisk eller langvarig sygdom. Forventes medarbejderen ikke tilbage inden for 8 uger, har vedkommende ret til at bede om en fastholdelsesplan – fortæl det.',
  'guide.point.offers.why':
    'Medarbejderen bestemmer selv, men skal kende mulighederne. Tidlig hjælp kan forkorte fraværet.',
  'guide.point.offers.say':
    '"Der er nogle muligheder, der kan gøre det lettere. Skal vi se på dem sammen?"',
  'guide.point.contactPlan.title': 'Aftal kontakten',
  'guide.point.contactPlan.what':
    'Aftal, hvem der holder kontakten, hvor tit, og om det skal være opkald eller sms. Lad medarbejderen bestemme så meget som muligt.',
  'guide.point.contactPlan.why':
    'Aftalt kontakt føles som omsorg. Kontakt, der ikke er aftalt, kan føles som pres.',
  'guide.point.contactPlan.say':
    '"Må jeg ringe på torsdag? Hvad passer dig bedst – opkald eller sms?"',
  'guide.point.expectations.title': 'Sig forventningerne højt',
  'guide.point.expectations.what':
    'Sig tydeligt, hvad arbejdspladsen forventer, sæt delmål, og sig det, hvis I er uenige. Kan du se, at jobbet ikke kan fortsætte som nu, så tal med HR – konsekvenser hører til et særskilt møde, ikke til denne samtale.',
  'guide.point.expectations.why':
    'Ren medfølelse uden afklaring hjælper ingen. Jo tidligere tingene er klare, jo bedre er chancen for en god løsning – også et andet job i kommunen.',
  'guide.point.expectations.say':
    '"Det, jeg har brug for fra dig, er … Hvad har du brug for fra mig?"',
  'guide.point.agreeActions.title': 'Aftal konkrete skridt',
  'guide.point.agreeActions.what':
    'Skriv ned, hvad medarbejderen gør, og hvad du gør – og aftal, hvornår I følger op.',
  'guide.point.agreeActions.why':
    'Konkrete aftaler gør samtalen til mere end en snak, og opfølgningen viser, at det er alvorligt ment.',
  'guide.point.agreeActions.say':
    '"Lad os skrive ned, hvem der gør hvad, og hvornår vi taler sammen igen."',
  'guide.never.title': 'Undgå',
  'guide.never.whatIsWrong.dont': 'Spørg ikke: "Hvad fejler du?"',
  'guide.never.whatIsWrong.instead':
    'Spørg i stedet: "Hvad betyder det for dit arbejde lige nu – hvad kan du, og hvad er svært?"',
  'guide.never.isItStress.dont': 'Spørg ikke: "Er det psykisk?" eller "Er det stress?"',
  'guide.never.isItStress.instead':
    'Spørg i stedet: "Er der noget i arbejdet, der påvirker, hvordan du har det?"',
  'guide.never.treatment.dont': 'Spørg ikke, hvilken behandling medarbejderen får.',
  'guide.never.treatment.instead':
    'Spørg i stedet: "Er der planlagte perioder, hvor du er væk?" – det må du gerne.',
  'guide.never.sickAgain.dont': 'Spørg ikke: "Skal du til at være syg igen?"',
  'guide.never.sickAgain.instead': 'Spørg i stedet: "Hvad ville hjælpe dig gennem de travle uger?"',
  'guide.never.justFinish.dont': 'Spørg ikke: "Kan du ikke lige gøre X færdig?"',
  'guide.never.justFinish.instead':
    'Giv selv opgaven videre, og spørg kun: "Er der noget, jeg skal vide for at give X videre?"',
  'guide.never.whenBack.dont': 'Spørg ikke kun: "Hvornår er du tilbage?"',
  'guide.never.whenBack.instead':
    'Spørg i stedet: "Har du en fornemmelse af, hvor længe det varer? Det er kun til planlægning."',
} as const;
