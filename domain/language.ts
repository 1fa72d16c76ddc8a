/**
 * Which of the bot's two languages a chat message is written in. Teams and the Agents Playground
 * send the client's UI locale, not the language the person writes, so the text decides: Danish
 * letters or Danish function words → Danish, English function words → English, otherwise unknown
 * (a bare name or a date), and the language remembered for the conversation applies. A general
 * language detector needs far longer texts than "hjælp" or "Mette er syg" to tell these two apart.
 */
import type { Locale } from './model.js';

const DANISH = new Set(
  (
    'jeg du vi de han hun den det er var har og eller ikke til fra med på af om hvad hvordan hvem ' +
    'hvor hvorfor hvornår hvilke hvilken min mit mine vores jeres syg syge sygemeldt rask igen ' +
    'fravær fravaer hjælp hjaelp hej tak godmorgen goddag farvel ja nej kan skal vil må gerne ' +
    'ift måltal maaltal ligger enhed enheder sidste år aar uge måned maaned dag dage i dag går ' +
    'morgen samtale samtaleguide forbered opfølgning opfoelgning plan delvist delvis siden fra ' +
    'fortryd annuller vis giv mig et en tip abonnér abonner forløb mange sygeperioder alle ' +
    'kommunen hele sektor leder medarbejder medarbejdere'
  ).split(' '),
);

const ENGLISH = new Set(
  (
    'i you we they he she it is are was were has have and or not to from with on of about what ' +
    'how who where why when which my our your sick ill fit again absence help hello hi thanks ' +
    'thank yes no can should will please vs target unit units last year week month day days ' +
    'today yesterday morning conversation guide prepare follow up plan partly partially since ' +
    'undo cancel show give me a an tip subscribe process many periods all municipality whole ' +
    'sector leader employee employees the'
  ).split(' '),
);

const DANISH_LETTERS = /[æøå]/iu;

/** 'da', 'en', or null when the text does not tell. */
export function languageOf(text: string): Locale | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
  let da = DANISH_LETTERS.test(text) ? 1 : 0;
  let en = 0;
  for (const w of words) {
    if (DANISH.has(w)) da += 1;
    if (ENGLISH.has(w)) en += 1;
  }
  if (da === en) return null;
  return da > en ? 'da' : 'en';
}
