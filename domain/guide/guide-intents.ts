/**
 * The guide's chat sentences, Danish and English: "forbered samtale med Mette", "samtaleguide",
 * "samtaleguide for Mette", "fortsæt samtaleguide", "prepare conversation with Mette",
 * "conversation guide" (the manifest's command titles arrive as text too). Pure.
 */
import { plausibleName } from '../follow-up/chat-intents.js';

export interface GuideIntent {
  /** The employee named, as written; null when no one was named. */
  name: string | null;
  /** "fortsæt samtaleguide" / "continue conversation guide": the leader wants to go on. */
  resume: boolean;
}

const TALK_DA = '(?:en\\s+)?(?:sygefraværs|syge|fraværs|opfølgnings)?samtale(?:n)?';
const TALK_EN =
  '(?:a\\s+|an\\s+|the\\s+)?(?:sickness\\s+|absence\\s+|return[- ]to[- ]work\\s+)?(?:conversation|talk|meeting)';
const GUIDE_DA = '(?:min\\s+|mine\\s+)?samtaleguide(?:n|r|rne)?';
const GUIDE_EN = '(?:my\\s+|the\\s+|a\\s+)?conversation\\s+guide';
const FOR = '(?:for|til|med|om|with|about)';

const NAMED: readonly RegExp[] = [
  new RegExp(
    `^forbered(?:e|er)?\\s+(?:mig\\s+(?:på|til)\\s+)?${TALK_DA}\\s+(?:med|for|til)\\s+(?<name>.+)$`,
    'iu',
  ),
  new RegExp(`^prepare\\s+(?:for\\s+)?${TALK_EN}\\s+(?:with|for)\\s+(?<name>.+)$`, 'iu'),
];

const GUIDE: readonly RegExp[] = [
  new RegExp(
    `^(?:(?<resume>fortsæt|genoptag|åbn)\\s+(?:med\\s+)?|start\\s+(?:en\\s+)?)?${GUIDE_DA}(?:\\s+${FOR}\\s+(?<name>.+))?$`,
    'iu',
  ),
  new RegExp(
    `^(?:(?<resume>continue|resume|open)\\s+(?:with\\s+)?|start\\s+)?${GUIDE_EN}(?:\\s+${FOR}\\s+(?<name>.+))?$`,
    'iu',
  ),
];

function clean(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s"'“”]+|[\s"'“”.,!?]+$/g, '')
    .trim();
}

/** The intent of a chat text, or null when it is not about the guide. */
export function parseGuideIntent(text: string): GuideIntent | null {
  const cleaned = clean(text);
  for (const re of NAMED) {
    const name = re.exec(cleaned)?.groups?.name;
    if (name !== undefined)
      return { name: plausibleName(name.trim()) ?? name.trim(), resume: false };
  }
  for (const re of GUIDE) {
    const m = re.exec(cleaned);
    if (!m) continue;
    const raw = m.groups?.name?.trim();
    return {
      name: raw ? (plausibleName(raw) ?? raw) : null,
      resume: m.groups?.resume !== undefined,
    };
  }
  return null;
}

const LEAVE_WORDS = new Set([
  'senere',
  'gem',
  'gem og fortsæt senere',
  'fortsæt senere',
  'pause',
  'ikke nu',
  'later',
  'save',
  'save for later',
  'continue later',
  'not now',
]);
const SHOW_WORDS = new Set([
  'fortsæt',
  'vis',
  'vis kortet',
  'continue',
  'resume',
  'show',
  'show the card',
]);

/**
 * A word the guide understands while it is open: leave it for later, or show the current step
 * again ("fortsæt", "samtaleguide"). Anything else is not the guide's, so other answers still
 * work in the middle of a guide.
 */
export function guideChatWord(text: string): 'leave' | 'show' | null {
  const cleaned = clean(text).toLowerCase();
  if (LEAVE_WORDS.has(cleaned)) return 'leave';
  if (SHOW_WORDS.has(cleaned)) return 'show';
  const intent = parseGuideIntent(text);
  return intent !== null && intent.name === null ? 'show' : null;
}
