import { expect } from 'chai';
import { da, en, t, formatNumber, localeFrom } from '../../i18n/index.js';

describe('i18n', () => {
  it('has the same keys in Danish and English', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(da).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(da) as Array<keyof typeof da>) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en[key]), key).to.deep.equal(names(da[key]));
    }
  });

  it('has no empty strings', () => {
    for (const [key, value] of [...Object.entries(da), ...Object.entries(en)]) {
      expect(value.trim(), key).to.not.equal('');
    }
  });

  it('formats numbers with a decimal comma in Danish and a point in English', () => {
    expect(formatNumber('da', 1.44)).to.equal('1,4');
    expect(formatNumber('en', 1.44)).to.equal('1.4');
    expect(formatNumber('da', 12345.67)).to.equal('12.345,7');
  });

  it('fills placeholders and formats numeric ones for the locale', () => {
    expect(t('da', 'help.roleLeader', { units: 'Solsikken' })).to.equal(
      'Du er leder for: Solsikken',
    );
    expect(t('en', 'help.roleLeader', { units: 'Solsikken' })).to.equal('You lead: Solsikken');
  });

  it('takes Danish for da* locales and English for the rest', () => {
    expect(localeFrom('da-DK', 'en')).to.equal('da');
    expect(localeFrom('en-US', 'da')).to.equal('en');
    expect(localeFrom('de-DE', 'da')).to.equal('en');
    expect(localeFrom(undefined, 'da')).to.equal('da');
  });
});
