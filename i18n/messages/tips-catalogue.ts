/**
 * The well-being tips in Danish, one per catalogue id (domain/tips/catalogue.ts), written as short
 * advice to the reader. The statistics tips T047–T064 use `stats.tip.<id>` (messages/stats.ts).
 */
export const tipCatalogueDa = {
  'tips.text.T001':
    'Bliv enige om, hvorfor I arbejder med fravær, og hvilke værdier der gælder, før I vælger redskaber. Fortællingen kommer før værktøjskassen.',
  'tips.text.T002':
    'Sørg for, at din egen chef bakker synligt op om indsatsen og selv tager del i den. Ellers bliver den din alene.',
  'tips.text.T003':
    'Tag medarbejderne med fra begyndelsen, undervejs og når I evaluerer, så alle kan genkende sig selv i indsatsen.',
  'tips.text.T004':
    'Brug flere redskaber på én gang – samtaler, tal, trivsel og tilbud – og tilpas dem til jeres arbejdsplads. Fravær har mange årsager.',
  'tips.text.T005':
    'Styr med motivation frem for kontrol: spørg, hvad der skal til for at komme på arbejde, ikke hvorfor man blev væk.',
  'tips.text.T006':
    'Fortæl ærligt og tydeligt, hvad I vil med fraværsindsatsen, og hvordan I gør det – også til dem, der ikke spørger.',
  'tips.text.T007':
    'Tænk dig godt om, før penge bindes til fraværet. Økonomiske gulerødder og pisk kan koste mere tillid, end de giver.',
  'tips.text.T008':
    'Sæt tid af til at lære fraværsarbejdet – også sammen med MED. En leder, der er tryg ved samtalerne, tager dem tidligere.',
  'tips.text.T009':
    'Tag det roligt: fravær handler om mennesker og relationer, ikke om avancerede modeller. Start med at tale med folk.',
  'tips.text.T010':
    'Gør det, du siger. Når du lover at ringe på dag 3, så ring på dag 3. Troværdighed bygges af små ting.',
  'tips.text.T011':
    'Se jeres tiltag som én helhed: samtaler, statistik og trivsel skal pege i samme retning og ikke modarbejde hinanden.',
  'tips.text.T013':
    'Vær systematisk, men ikke stiv. Et godt argument for at gøre det anderledes i en konkret sag vejer tungere end reglen.',
  'tips.text.T014':
    'Tal aldrig om fravær med mistillid eller som pjæk. Gå ud fra, at den sygemeldte hellere ville være på arbejde.',
  'tips.text.T015':
    'Spørg dine medarbejdere, hvordan de oplever fraværsindsatsen. Det, de mærker, betyder mere end det, der står i politikken.',
  'tips.text.T016':
    'Gør fravær til et emne, man må tale om: åbent, ærligt og tydeligt – både fra medarbejderens og arbejdspladsens side.',
  'tips.text.T017':
    'Tal i teamet om, hvad god adfærd ved sygdom er: hvordan melder man sig syg, og hvad kan kolleger forvente af hinanden?',
  'tips.text.T018':
    'Tag snakken, når en medarbejder ofte er syg, eller når stemningen er dårlig. At vente gør det sværere for alle.',
  'tips.text.T019':
    'Behandl fravær som arbejdspladsens fælles sag, ikke som den enkeltes private problem. Det rammer kolleger og borgere.',
  'tips.text.T020':
    'Hold øje med fraværet lige så tæt som med budgettet. Højt fravær går ud over den service, borgerne får.',
  'tips.text.T021':
    'Hvis indsatsen også skal spare penge, så sig det højt. Skjulte sparemål æder tilliden.',
  'tips.text.T022':
    'Vent med at skære i vikarpengene, til indsatsen har virket. Ellers opleves den som kontrol, og motivationen forsvinder.',
  'tips.text.T023':
    'Vær vedholdende og anstændig. Resultaterne kommer sjældent inden for et kvartal – hold fast alligevel.',
  'tips.text.T024':
    'Øv dig i at fornemme, hvordan hver medarbejder har det. Den opmærksomhed bygger tillid og fanger problemer tidligt.',
  'tips.text.T025':
    'Som chef for flere ledere: brug kræfterne på de få enheder med et problem frem for at løfte pegefingeren over for alle.',
  'tips.text.T026':
    'Gør fravær til et fast fokusområde for året, så det ikke glider ud af dagsordenen, når andet brænder på.',
  'tips.text.T027':
    'Læg fraværstallene åbent frem for politikere og ledelse en gang om året. Synlighed holder fokus.',
  'tips.text.T028':
    'Jo flere der føler ejerskab til fraværsindsatsen, jo bedre virker den. Del ansvaret bredt.',
  'tips.text.T029':
    'Gør tillidsrepræsentanter og arbejdsmiljørepræsentanter til ambassadører. Kolleger lytter ofte mere til dem end til ledelsen.',
  'tips.text.T030':
    'Tag MED med fra første dag og forankr indsatsen både i hoved-MED og lokalt. Det tager tid, men bygger tillid.',
  'tips.text.T031':
    'Sørg for, at drøftelserne i hoved-MED når ud i de lokale MED-udvalg og ikke bliver oppe i toppen.',
  'tips.text.T032': 'Sæt fravær fast på dagsordenen i MED – så ofte som det giver mening for jer.',
  'tips.text.T033':
    'Byg samarbejdet om fravær på gensidig tillid og reel medindflydelse, også når I er uenige.',
  'tips.text.T035':
    'Mød jævnligt dit lokale MED om fraværet – både på møderne og en-til-en med tillidsrepræsentanten.',
  'tips.text.T036':
    'Tilbyd som HR et temamøde på en arbejdsplads med højt fravær, hvor man åbent taler om, hvorfor det er sådan.',
  'tips.text.T037':
    'Drøft fravær i MED sammen med trivslen. Tallene alene fortæller ikke, hvad der er på spil.',
  'tips.text.T039':
    'Inddrag tillidsrepræsentanten i de svære sager, hold vedkommende orienteret, og afprøv dine idéer – også når du venter modstand.',
  'tips.text.T040':
    'Sæt jer blandet i MED i stedet for på hver sin side af bordet, og giv plads til humor. Stemningen smitter af på resultatet.',
  'tips.text.T041':
    'Som medarbejderside: forbered jer sammen før MED-møderne, og saml erfaringer fra arbejdspladserne om, hvordan tiltagene virker.',
  'tips.text.T042':
    'Nedsæt en fast arbejdsgruppe om fravær under hoved-MED, så arbejdet ikke går i stå mellem møderne.',
  'tips.text.T043':
    'Kig over skulderen til andre kommuner. Deres erfaringer kan spare jer for en omvej.',
  'tips.text.T044':
    'Overvej at give fraværsudvalget et lille budget, så gode idéer kan afprøves uden lang sagsgang.',
  'tips.text.T045':
    'Skriv fælles retningslinjer, som hver arbejdsplads selv udfylder og bygger videre på. Så ved alle, at deres egne repræsentanter har været med.',
  'tips.text.T046':
    'Saml ledere, tillidsrepræsentanter og arbejdsmiljørepræsentanter til fælles temadage om fravær, fx om det fælles ansvar.',
  'tips.text.T065':
    'Brug sygesamtalen til at finde veje tilbage til jobbet – ofte kan den sygemeldte noget, hvis opgaverne tilpasses.',
  'tips.text.T066':
    'Hav to formål med samtalen: vis omsorg, og afklar tidligt, hvad der skal til for at komme tilbage.',
  'tips.text.T067':
    'Hold samtalerne i faste rammer, der gælder for alle. Det giver tryghed for begge parter og gør dem lettere at tage.',
  'tips.text.T068':
    'Fortæl tydeligt, hvorfor I holder tidlige samtaler: for at hjælpe, ikke for at kontrollere.',
  'tips.text.T069':
    'Vis omsorg, men spring ikke de svære spørgsmål over – fx hvad der skal til, og hvornår I taler igen.',
  'tips.text.T070':
    'Byg plads til sund fornuft ind i reglerne, så en medarbejder med fx et brækket ben ikke indkaldes til en samtale uden formål.',
  'tips.text.T071':
    'Giv lederne træning i at holde sygesamtaler, gerne med øvelser i de svære situationer.',
  'tips.text.T072':
    'Sørg for, at du har en at sparre med om samtalerne – en kollega-leder, din chef eller HR.',
  'tips.text.T073':
    'Skriv et kort, brugbart referat af aftalerne, som I begge skriver under på. Det forebygger misforståelser.',
  'tips.text.T074':
    'Råd medarbejderen til at tage en bisidder med – en tillidsrepræsentant, arbejdsmiljørepræsentant, ven eller pårørende.',
  'tips.text.T075':
    'Forklar medarbejderen, at samtalen handler om, hvordan arbejdspladsen kan hjælpe. Det tager meget af nervøsiteten.',
  'tips.text.T076':
    'Hjælp medarbejderen med at sætte ord på de ønsker, der kan gøre det lettere at vende tilbage.',
  'tips.text.T077':
    'Hold som bisidder øje med, hvordan medarbejderen har det undervejs, og bed om en pause, hvis det bliver for meget.',
  'tips.text.T078': 'Gå referatet igennem sammen med medarbejderen, før det bliver skrevet under.',
  'tips.text.T079':
    'Gå ud fra, at medarbejderen gerne vil passe sit arbejde, og tal til lysten til at komme tilbage.',
  'tips.text.T080':
    'Ring jævnligt og sig, at medarbejderen bliver savnet – uden at lægge pres på, hvornår vedkommende kommer igen.',
  'tips.text.T081':
    'Lad medarbejderen vurdere, hvornår det er tid. Vær varsom med at gå på fuld tid for tidligt.',
  'tips.text.T082': 'Vær tydelig i samtalen: sæt delmål, og sig det højt, hvis I er uenige.',
  'tips.text.T083':
    'Sig klart, hvad arbejdspladsen forventer. En samtale, der kun er medfølelse, hjælper ingen videre.',
  'tips.text.T084':
    'Kan medarbejderen ikke blive i jobbet, så sig det tidligt og ærligt. Jo før, jo større chance for et andet job i kommunen.',
  'tips.text.T085': 'Lad en kollega-leder tage referat, så du kan koncentrere dig om samtalen.',
  'tips.text.T086':
    'Er du ny som leder: spar fast med din egen chef om samtalerne, indtil du føler dig klar.',
  'tips.text.T087':
    'Lad medarbejderen vælge, om kontakten skal gå gennem en kollega i stedet for dig, og indkald ikke en, der er midt i en behandling.',
  'tips.text.T088':
    'Brug sund fornuft: en automatisk indkaldelse, der ikke giver mening i den konkrete sag, gør mere skade end gavn.',
  'tips.text.T089':
    'Løse samtaleregler passer til enheder med lavt fravær og høj tillid. Stram dem, hvor fraværet er højt.',
  'tips.text.T090':
    'Lad kontakten udspringe af omsorg. Spørg ikke ind til årsagen til sygdommen, og læg ikke pres på.',
  'tips.text.T091':
    'Tal også om samarbejdet i teamet. Samtaler med den enkelte løser ikke alene et højt fravær.',
  'tips.text.T092':
    'Tag stilling til, hvilken rolle sundhedstilbud skal spille i den samlede indsats, før I køber mere ind.',
  'tips.text.T093':
    'Overvej at målrette tilbud til dem, der har særligt brug for dem, frem for at give alle det samme.',
  'tips.text.T094':
    'Tilbyd psykologhjælp til stressramte, og overvej om en anden end lederen skal henvise.',
  'tips.text.T095':
    'Regn på, om tidlig afklaring og behandling af dem, der risikerer langt fravær, kan betale sig selv.',
  'tips.text.T096':
    'Kombinér coachende samtaler med fysisk træning for sygemeldte – det ene forstærker det andet.',
  'tips.text.T097':
    'Brug delvis raskmelding og aktiv sygemelding, så medarbejderen kan komme tilbage gradvist og tidligere.',
  'tips.text.T098':
    'Nævn muligheden for tidlig hjælp allerede ved opkaldet på dag 3. Tillidsrepræsentanten kan også opfordre til det.',
  'tips.text.T099':
    'Når du henviser til en psykolog, så spørg også: hvad skal vi ændre her, så det ikke sker igen?',
  'tips.text.T100':
    'Er en delvist sygemeldt medarbejder i et forløb, så accepter fraværet til forløbet. Det er en del af vejen tilbage.',
  'tips.text.T101':
    'Få hjælpen i gang hurtigt. Hjælp, der kommer, når medarbejderen allerede er tilbage, er spildt.',
  'tips.text.T102':
    'Tænk hele værktøjskassen igennem: delvis raskmelding, hjælpemidler, andre opgaver, ændrede vagter, job på særlige vilkår.',
  'tips.text.T103': 'Se tidligt på hjælpemidler, og træk på jobcentrets fastholdelseskonsulenter.',
  'tips.text.T104':
    'Ved en delvis tilbagevenden: sæt timerne langsomt op, og planlæg det gerne med en fastholdelseskonsulent.',
  'tips.text.T105':
    'Evaluér jeres sundhedstilbud: bruger dem, der har mest brug for det, dem? Undgå ren wellness.',
  'tips.text.T106':
    'Gør det normalt at komme på arbejde med en mindre skade, når opgaverne kan tilpasses.',
  'tips.text.T107':
    'Forebyg fravær gennem trivsel, et godt arbejdsmiljø og høj social kapital – det virker før sygemeldingen.',
  'tips.text.T108':
    'Find løsningerne sammen med medarbejderne. De bedste idéer kommer fra dem, der gør arbejdet.',
  'tips.text.T109':
    'Giv arbejdspladser med højt fravær konkret hjælp til trivslen, fx et forløb med en HR-konsulent.',
  'tips.text.T110':
    'Brug trivselsmålingen til at finde de årsager til fravær, der handler om trivsel, og tal om dem i teamet.',
  'tips.text.T111':
    'Gør en bred kreds af nøglepersoner til trivselsagenter, så der er nogen tæt på, der opdager tegnene.',
  'tips.text.T112': 'Lær af dem, der sjældent er syge: hvad får dem til at komme? Spørg dem.',
  'tips.text.T113':
    'Arbejd med social kapital så tæt på det daglige arbejde som muligt – på personalemødet, ikke kun på kurset.',
  'tips.text.T114':
    'Gå efter en kvalitet i kerneopgaven, som medarbejderne kan være stolte af. Det løfter både trivsel og fremmøde.',
  'tips.text.T115':
    'Mål, om trivselsarbejdet virker: før og efter, på social kapital, kvalitet, tilfredshed og fravær.',
  'tips.text.T116':
    'Tal om, hvordan både det fysiske og det psykiske arbejdsmiljø påvirker fraværet, og gør noget ved det, I finder.',
  'tips.text.T117': 'Små ting tæller: et klap på skulderen og et "godt, du er her" gør en forskel.',
  'tips.text.T118':
    'Sæt anerkendelse i centrum i dialogen med medarbejderne, og spørg, hvad de selv kan ændre.',
  'tips.text.T119':
    'Hold øje med tegn på mistrivsel, især stress, og handl, før det vokser. Kollegerne ser det ofte først.',
  'tips.text.T120':
    'Beløn ikke dem, der aldrig er syge, med gaver. Det føles uretfærdigt for dem, der ikke kan undgå at blive syge.',
  'tips.text.T121':
    'Tal om nærvær frem for fravær. "Flere på arbejde" motiverer mere end "færre sygedage".',
  'tips.text.T122':
    'Gør tillid konkret i hverdagen: hvad betyder det for, hvordan I løser kerneopgaven? Ellers bliver det tomme ord.',
  'tips.text.T123':
    'Byg relationerne ved at løse rigtige problemer i arbejdet sammen, frem for at sende folk på kursus i social kapital.',
  'tips.text.T124':
    'Tilrettelæg arbejdet, så hver enkelt oplever det meningsfuldt og kan gå stolt hjem.',
  'tips.text.T125':
    'Lad leder, tillidsrepræsentant og arbejdsmiljørepræsentant drive forbedringerne sammen. At I gør noget sammen betyder mere end hvad.',
  'tips.text.T126':
    'Social kapital har tre ben: tillid (man kan regne med hinanden), retfærdighed (begge parters interesser er legitime) og samarbejde om kerneopgaven. Hvilket ben er svagest hos jer?',
  'tips.text.T127':
    'Invester i det fysiske arbejdsmiljø – fx forflytningsteknik i ældreplejen og hæve-sænkeborde i dagtilbud – og forebyg ulykker.',
  'tips.text.T128':
    'Følg grundigt op på trivselsmålingen, og sørg for, at lederen får en tilbagemelding, der kan bruges.',
  'tips.text.T129':
    'Afprøv arbejdet med social kapital på få arbejdspladser, mål effekten fx i APV’en, og udbred det kun, hvis det virker.',
  'tips.text.T131':
    'Som HR: pres aldrig et trivselsforløb ned over en leder. Tilbyd støtte, som lederen kan sige ja eller nej til.',
  'tips.text.T132':
    'Byg proceshjælpen op i jeres egen HR i stedet for at hente eksterne trivselskonsulenter ind. Så bliver viden hjemme.',
  'tips.text.T133':
    'Tjek, at sikkerhedstiltagene virker, at alle er instrueret, og følg op. Bed medarbejderne melde farer.',
  'tips.text.T134':
    'Viser en måling lav tillid, så arbejd målrettet med tillid og samarbejde – mellem ledelse og medarbejdere og medarbejderne imellem.',
  'tips.text.T135':
    'Sørg for, at hver medarbejder ved, at deres fremmøde gør en forskel for kolleger og borgere.',
  'tips.text.T136':
    'Stress er også fælles: grupper udvikler måder at håndtere pres på. Se på kulturen i hver faggruppe, ikke kun på den enkelte.',
  'tips.text.T137':
    'Ledelse er nøglen til at forebygge stressrelateret fravær. Led den stressede medarbejder udenom sygemeldingen, når det kan lade sig gøre.',
  'tips.text.T138':
    'Trivsel skabes på den enkelte arbejdsplads. Giv plads til, at I selv sætter mål og finder mening lokalt.',
  'tips.text.T139':
    'Overvej forebyggende samtaler, en telefonlinje man kan ringe til, og træning af lederne i psykisk robusthed.',
} as const;
