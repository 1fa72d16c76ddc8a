import { expect } from 'chai';
import { validateCard } from '../helpers/card-validator.js';
import { card, chartLine, executeAction, facts, text, textInput } from '../../cards/elements.js';

describe('validateCard', () => {
  it('when a card is well formed, then it has no problems', () => {
    const c = card([text('Hej'), facts([['a', 'b']])], [executeAction('OK', { verb: 'x.ok' })]);
    expect(validateCard(c)).to.deep.equal([]);
  });

  it('when an element type is unknown, then it is reported', () => {
    const c = card([{ type: 'TextBlok', text: 'x', wrap: true }]);
    expect(validateCard(c).join('\n')).to.match(/UnknownElementType/);
  });

  it('when a chart has a fallback, then the chart is allowed and the fallback validated', () => {
    const chart = chartLine({
      title: 'Trend',
      series: [{ legend: 'Dage', values: [{ x: 'jan', y: 1 }] }],
      fallback: facts([['jan', '1']]),
    });
    expect(validateCard(card([chart]))).to.deep.equal([]);
  });

  it('when a chart lacks data or fallback, then both are reported', () => {
    const problems = validateCard(card([{ type: 'Chart.Line', title: 't' }]));
    expect(problems.join('\n')).to.match(/lacks required property 'data'/);
    expect(problems.join('\n')).to.match(/needs a fallback/);
  });

  it('when a chart fallback is itself invalid, then it is reported', () => {
    const chart = chartLine({ title: 't', series: [], fallback: { type: 'Bogus' } });
    expect(validateCard(card([chart])).join('\n')).to.match(/UnknownElementType/);
  });

  it('when Action.Execute has no verb or an input no label, then it is reported', () => {
    const c = card(
      [{ type: 'Input.Text', id: 'a', isRequired: true }],
      [{ type: 'Action.Execute', title: 'x', data: {} }],
    );
    const problems = validateCard(c).join('\n');
    expect(problems).to.match(/without verb/);
    expect(problems).to.match(/without label/);
    expect(problems).to.match(/without errorMessage/);
  });

  it('when the version is not 1.5 or the card is too big, then it is reported', () => {
    const big = card([text('x'.repeat(50_000))]);
    expect(validateCard(big).join('\n')).to.match(/40 KB/);
    expect(validateCard({ ...card([text('x')]), version: '1.6' }).join('\n')).to.match(/version/);
  });

  it('accepts inputs with label and errorMessage', () => {
    const c = card([
      textInput({ id: 'n', label: 'Navn', isRequired: true, errorMessage: 'Skriv et navn' }),
    ]);
    expect(validateCard(c)).to.deep.equal([]);
  });
});
