/** What the gate answers when an audience, a role or free text stops a request. */
export const gateDa = {
  'gate.personalOnly':
    'Det svarer jeg kun på i vores personlige chat – her kan andre læse med, og det handler om enkeltpersoner. Skriv til mig i en personlig chat.',
  'gate.aggregatesOnly':
    'Her kan andre læse med, så jeg viser kun samlede tal og skjuler grupper under {min} personer.',
  'gate.freeText.refused':
    'Jeg har ikke gemt det, du skrev i "{field}": det ligner en helbredsoplysning ({hint}). Nærvær må aldrig gemme diagnoser, symptomer, behandling, graviditet eller CPR-numre. Skriv i stedet, hvad I aftaler om arbejdet.',
  'gate.freeText.field.note': 'bemærkning',
  'gate.freeText.field.reply': 'svar',
  'gate.freeText.field.text': 'tekst',
  'gate.freeText.hint.condition': 'en sygdom eller diagnose',
  'gate.freeText.hint.symptom': 'et symptom eller en kropsdel',
  'gate.freeText.hint.treatment': 'en behandling',
  'gate.freeText.hint.pregnancy': 'graviditet',
  'gate.freeText.hint.cpr': 'et CPR-nummer',
} as const;

export const gateEn: Record<keyof typeof gateDa, string> = {
  'gate.personalOnly':
    'I only answer that in our personal chat – others can read along here, and it is about individuals. Write to me in a personal chat.',
  'gate.aggregatesOnly':
    'Others can read along here, so I show aggregate figures only and hide groups of fewer than {min} people.',
  'gate.freeText.refused':
    'I have not saved what you wrote in "{field}": it looks like health information ({hint}). Nærvær must never store diagnoses, symptoms, treatment, pregnancy or CPR numbers. Write what you agree about the work instead.',
  'gate.freeText.field.note': 'note',
  'gate.freeText.field.reply': 'reply',
  'gate.freeText.field.text': 'text',
  'gate.freeText.hint.condition': 'an illness or diagnosis',
  'gate.freeText.hint.symptom': 'a symptom or a body part',
  'gate.freeText.hint.treatment': 'a treatment',
  'gate.freeText.hint.pregnancy': 'pregnancy',
  'gate.freeText.hint.cpr': 'a CPR number',
};
