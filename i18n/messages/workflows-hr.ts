/**
 * HR's side of the workflows besides the card: launch forms sent to the personal chat from a
 * channel, the figures on a unit's launch form, the over-target notice, and the shop steward's
 * (TR) flag for Tidlig Indsats, and "start forløb" with nothing to start. Danish first; English
 * mirrors.
 */
export const workflowsHrDa = {
  'workflows.form.private': 'Formularen er sendt til din personlige chat med mig.',
  'workflows.form.noChat':
    'Skriv til mig i en personlig chat først, så sender jeg formularen dertil. Intet er startet.',
  'workflows.launch.period': 'Periode',
  'workflows.launch.rolling': 'Løbende 12 måneder til {date}',
  'workflows.launch.figure': 'Dagsværk pr. årsværk',
  'workflows.launch.figureValue': '{value} (måltal {target})',
  'workflows.overTarget.title': '{unit} ligger over måltallet',
  'workflows.overTarget.body':
    'For {period} er fraværet {value} dagsværk pr. årsværk (løbende 12 måneder) mod et måltal på {target}. Du kan tilbyde lederen et procesforløb.',
  'workflows.button.target-breach': 'Start opfølgning på måltal',
  'workflows.kind.early-intervention-flag': 'Bekymring om Tidlig Indsats (fra TR)',
  'workflows.step.leader-decision': 'Lederen beslutter, om en medarbejder henvises',
  'workflows.role.tr': 'Tillidsrepræsentant',
  'workflows.flag.trOnly':
    'Kun en tillidsrepræsentant kan markere en bekymring for Tidlig Indsats. En leder henviser fra medarbejderens opfølgningsplan.',
  'workflows.flag.whichUnit': 'For hvilken enhed? Skriv fx "flag tidlig indsats for {unit}".',
  'workflows.flag.notYourUnit':
    'Du er ikke tillidsrepræsentant for en enhed med det navn. Intet er sendt.',
  'workflows.start.none':
    'Der er intet forløb, du kan starte herfra. En leder starter forløb for sine medarbejdere i en personlig chat; HR tilbyder procesforløb fra en enheds statistik; en tillidsrepræsentant skriver "flag tidlig indsats for" og enhedens navn.',
};

export const workflowsHrEn: Record<keyof typeof workflowsHrDa, string> = {
  'workflows.form.private': 'The form has been sent to your personal chat with me.',
  'workflows.form.noChat':
    'Write to me in a personal chat first, and I will send the form there. Nothing was started.',
  'workflows.launch.period': 'Period',
  'workflows.launch.rolling': 'Rolling 12 months to {date}',
  'workflows.launch.figure': 'Days lost per FTE',
  'workflows.launch.figureValue': '{value} (target {target})',
  'workflows.overTarget.title': '{unit} is above its target',
  'workflows.overTarget.body':
    'For {period}, absence is {value} days per FTE (rolling 12 months) against a target of {target}. You can offer the leader an outreach process.',
  'workflows.button.target-breach': 'Start target follow-up',
  'workflows.kind.early-intervention-flag': 'Worry for Tidlig Indsats (from the shop steward)',
  'workflows.step.leader-decision': 'The leader decides whether to refer an employee',
  'workflows.role.tr': 'Shop steward',
  'workflows.flag.trOnly':
    "Only a shop steward can flag a worry for Tidlig Indsats. A leader refers from the employee's follow-up plan.",
  'workflows.flag.whichUnit': 'For which unit? Write e.g. "flag early intervention for {unit}".',
  'workflows.flag.notYourUnit':
    'You are not the shop steward of a unit by that name. Nothing was sent.',
  'workflows.start.none':
    'There is no workflow you can start from here. A leader starts workflows for their employees in a personal chat; HR offers an outreach process from a unit\'s statistics; a shop steward writes "flag early intervention for" and the unit\'s name.',
};
