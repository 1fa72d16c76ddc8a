/**
 * Names and other imported or typed text are data: in chat text, TextBlocks and FactSets they are
 * escaped for markdown, so "[klik](https://evil.example)" never becomes a link nor "**Fed**" bold,
 * while ordinary Danish names read as they are.
 */
import { expect } from 'chai';
import { employeeChoiceCard } from '../../cards/employee-choice-card.js';
import { hrHelpCard } from '../../cards/hr-help-card.js';
import { guideHrCard } from '../../cards/guide-hr-card.js';
import { unitChoiceCard } from '../../cards/unit-choice-card.js';
import { minutesText } from '../../cards/guide-text-export.js';
import { buildMinutesDraft } from '../../domain/guide/documents.js';
import { hrCaseFacts } from '../../domain/follow-up/hr-facts.js';
import {
  escapeMarkdown,
  raw,
  t as translate,
  translator,
  unescapeMarkdown,
} from '../../i18n/index.js';
import { period, planFor } from '../domain/follow-up/follow-up-fixtures.js';
import { start, walk } from '../domain/guide/guide-fixtures.js';
import { validateCard } from '../helpers/card-validator.js';
import { actionTitles, nodesOfType } from './follow-up-card-helpers.js';

const da = translator('da');
const LINK = '[klik](https://evil.example)';
const BOLD = '**Fed**';
const LINK_ESCAPED = '\\[klik\\]\\(https://evil.example\\)';
const BOLD_ESCAPED = '\\*\\*Fed\\*\\*';
const DANISH = ['Ærø Østergård', "O'Neil", 'Anne-Marie Bæk', 'Jensen & Co', 'Åse Lund-Ibsen'];

/** Every string Teams renders as markdown in a card: TextBlock texts, Fact titles and values. */
function markdownOf(card: unknown): string[] {
  const facts = nodesOfType(card, 'FactSet').flatMap((n) =>
    (n.facts as Array<{ title: string; value: string }>).flatMap((f) => [f.title, f.value]),
  );
  return [...nodesOfType(card, 'TextBlock').map((n) => String(n.text)), ...facts];
}

/** What is left of markup once escaped characters are taken out: it must hold no link or bold. */
function assertInert(markdown: string[]): void {
  for (const m of markdown) {
    const live = m.replace(/\\./g, '');
    expect(live, m).not.to.match(/\[[^\]]*\]\(/);
    expect(live, m).not.to.include('**');
  }
}

describe('escapeMarkdown', () => {
  const cases: Array<[string, string]> = [
    [LINK, LINK_ESCAPED],
    [BOLD, BOLD_ESCAPED],
    ['_kursiv_ `kode` ~~slet~~ | tabel', '\\_kursiv\\_ \\`kode\\` \\~\\~slet\\~\\~ \\| tabel'],
    ['# Overskrift', '\\# Overskrift'],
    ['> citat', '\\> citat'],
    ['a\\b', 'a\\\\b'],
    ['1. punkt', '1\\. punkt'],
    ['12) punkt', '12\\) punkt'],
    ['- punkt', '\\- punkt'],
    ['+ punkt', '\\+ punkt'],
    ['===', '\\==='],
    ['Lone\n- punkt\n2. punkt', 'Lone\n\\- punkt\n2\\. punkt'],
    ['2026', '2026'],
    ['1.5 timer', '1.5 timer'],
    ...DANISH.map((name): [string, string] => [name, name]),
  ];
  for (const [input, expected] of cases)
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(escapeMarkdown(input)).to.equal(expected);
      expect(unescapeMarkdown(expected)).to.equal(input);
    });

  it('when the text continues a line, then only its later lines can start a list', () => {
    expect(escapeMarkdown('1. maj', { atLineStart: false })).to.equal('1. maj');
    expect(escapeMarkdown('x\n1. maj', { atLineStart: false })).to.equal('x\n1\\. maj');
  });
});

describe('the translator fills string parameters as data', () => {
  it('when a name is written as a link or in bold, then the chat text shows it escaped', () => {
    const text = translate('da', 'followup.chat.notFound', { name: `${LINK} ${BOLD}` });
    expect(text).to.include(`${LINK_ESCAPED} ${BOLD_ESCAPED}`);
    assertInert([text]);
  });

  it('when a name is an ordinary Danish name, then it reads as it is', () => {
    for (const name of DANISH) expect(translate('da', 'core.noRole', { name })).to.include(name);
  });

  it('when a parameter is raw(), then it goes in as it is; numbers are formatted', () => {
    expect(translate('da', 'guide.checklist.why', { why: raw('(§ 7a)') })).to.include('(§ 7a)');
    expect(translate('da', 'guide.checklist.why', { why: '(§ 7a)' })).to.include('\\(§ 7a\\)');
    expect(translate('da', 'stats.headline', { value: 4.25 })).to.match(/^4,[23] dage/);
  });

  it('when a parameter begins a line, then a list marker in it is escaped; mid-line it is not', () => {
    expect(translate('da', 'stats.headline', { value: '1. ' })).to.match(/^1\\\. /);
    expect(translate('da', 'followup.chat.notFound', { name: '1. maj' })).to.include('"1. maj"');
  });
});

describe('cards show names and typed text inert', () => {
  const facts = hrCaseFacts(
    period('2026-03-02'),
    planFor('koege', '2026-03-02'),
    [period('2026-03-02')],
    '2026-03-05',
  );
  const hrView = {
    leaderName: BOLD,
    employeeName: LINK,
    unitName: `${LINK} ${BOLD}`,
    stepId: 'p1:call-day-3',
    facts,
    today: '2026-03-05',
    reply: { text: `Ring til ${LINK}`, on: '2026-03-05' },
  };

  it('hrHelpCard: the names in the heading, the facts and the reply are escaped', () => {
    const c = hrHelpCard(hrView, da);
    expect(validateCard(c)).to.deep.equal([]);
    const md = markdownOf(c);
    assertInert(md);
    expect(md.join('\n')).to.include(LINK_ESCAPED).and.include(BOLD_ESCAPED);
  });

  it('hrHelpCard: the reply box label (plain text) shows the name as it is', () => {
    const c = hrHelpCard({ ...hrView, reply: null }, da);
    const labels = nodesOfType(c, 'Input.Text').map((n) => String(n.label));
    expect(labels.join()).to.include(BOLD).and.not.include('\\');
  });

  it('guideHrCard: the employee, leader and unit facts are escaped', () => {
    const c = guideHrCard(
      {
        employeeName: LINK,
        leaderName: BOLD,
        unitName: 'Ærø (Syd)',
        agreedOn: '2026-03-05',
        kind: 'legal7a',
        offer: 'tidligIndsats',
        firstSickDay: '2026-03-02',
        expectedDuration: null,
        partialReturn: null,
      },
      da,
    );
    const md = markdownOf(c);
    assertInert(md);
    expect(md).to.include(LINK_ESCAPED).and.include(BOLD_ESCAPED).and.include('Ærø \\(Syd\\)');
  });

  it('employeeChoiceCard: candidates and the query are escaped; button titles are plain', () => {
    const c = employeeChoiceCard(
      {
        query: LINK,
        candidates: [
          { personKey: 'p1', displayName: LINK, unitName: BOLD },
          { personKey: 'p2', displayName: 'Anne-Marie Bæk', unitName: 'Jensen & Co' },
        ],
        action: { intent: 'plan' },
        chosen: null,
      },
      da,
    );
    const md = markdownOf(c);
    assertInert(md);
    expect(md).to.include(LINK_ESCAPED).and.include(BOLD_ESCAPED);
    expect(md).to.include('Anne-Marie Bæk').and.include('Jensen & Co');
    expect(actionTitles(c).join()).not.to.include('\\');
  });

  it('unitChoiceCard: unit names and their context are escaped', () => {
    const c = unitChoiceCard(
      {
        query: BOLD,
        candidates: [{ id: 'u1', name: LINK, context: BOLD }],
        total: 1,
      },
      da,
    );
    assertInert(markdownOf(c));
    expect(markdownOf(c)).to.include(LINK_ESCAPED);
  });

  it('the minutes: escaped in the card text, as typed in the plain-text export', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'minutes');
    const draft = buildMinutesDraft(
      s,
      { employeeName: LINK, leaderName: "O'Neil & Co" },
      { today: '2026-11-12', firstSickDay: '2026-10-26', absenceFacts: null },
    );
    if (!draft.ok) throw new Error(draft.reason);
    const text = minutesText(draft.value, da);
    expect(text).to.include(LINK).and.include("O'Neil & Co").and.not.include('\\');
  });
});
