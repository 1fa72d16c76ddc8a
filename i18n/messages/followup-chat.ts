/**
 * Follow-up strings of the chat: registering sick and fit, the register card, choosing between
 * employees with the same name, and the chat's answers. Merged into followup.ts. Danish first;
 * English mirrors every key.
 */
export const followUpChatDa = {
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
} as const;

export const followUpChatEn: Record<keyof typeof followUpChatDa, string> = {
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
};
