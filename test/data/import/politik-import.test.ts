/**
 * politik.json: the municipality's own policy documents and due hour, validated whole with the zod
 * policy schema; a bad document changes nothing and names every problem in Danish or English.
 */
import { expect } from 'chai';
import { emptyStore } from '../../../data/defaults.js';
import { importPolitik } from '../../../data/import/politik-import.js';
import { formatPolicyIssue } from '../../../data/import/politik-messages.js';
import { storeSchema, type StoreData } from '../../../data/schema.js';
import { POLICY_PRESETS } from '../../../domain/follow-up/policy-presets.js';
import { NOW, sample } from './import-helpers.js';

const FILE = 'politik.json';

function apply(
  data: StoreData,
  text: string,
): ReturnType<typeof importPolitik> & { data: StoreData } {
  const draft = structuredClone(data);
  const result = importPolitik(FILE, text, draft, { now: NOW });
  if (result.ok) result.apply(draft);
  return Object.assign(result, { data: draft });
}

function messages(text: string, lang: 'da' | 'en', data = emptyStore(NOW)): string[] {
  const result = importPolitik(FILE, text, data, { now: NOW });
  if (result.ok) throw new Error('expected a rejection');
  return result.issues.map((i) => formatPolicyIssue(i, lang));
}

const sampleDoc = () =>
  JSON.parse(sample('politik.json')) as {
    kommune: Record<string, unknown>;
    politikker: Array<Record<string, unknown> & { steps: Array<Record<string, unknown>> }>;
  };

describe('politik import', () => {
  it('when the sample is imported, then the policy is stored, chosen for the municipality with its due hour, and the store still validates', () => {
    const out = apply(emptyStore(NOW), sample('politik.json'));
    expect(out.ok).to.equal(true);
    expect(out.data.policies!.map((p) => p.id)).to.deep.equal(['naerby-2026']);
    expect(out.data.settings).to.include({ policyId: 'naerby-2026', dueHour: 7 });
    expect(storeSchema.safeParse(out.data).success).to.equal(true);
    expect(out.data.audit.at(-1)).to.include({ action: 'import.politik', outcome: 'allowed' });
  });

  it('when the same document is imported again, then nothing changes', () => {
    const once = apply(emptyStore(NOW), sample('politik.json')).data;
    const result = importPolitik(FILE, sample('politik.json'), once, { now: NOW });
    if (!result.ok) throw new Error('rejected');
    const twice = structuredClone(once);
    expect(result.apply(twice)).to.include({ created: 0, updated: 0, unchanged: 2 });
    expect(twice).to.deep.equal(once);
  });

  it('when a document changes a stored policy, then it is replaced and counted as updated', () => {
    const once = apply(emptyStore(NOW), sample('politik.json')).data;
    const doc = sampleDoc();
    doc.politikker[0]!.name = 'Nærby Kommune 2027';
    delete (doc as { kommune?: unknown }).kommune;
    const result = importPolitik(FILE, JSON.stringify(doc), once, { now: NOW });
    if (!result.ok) throw new Error('rejected');
    const next = structuredClone(once);
    expect(result.apply(next)).to.include({ created: 0, updated: 1, unchanged: 0 });
    expect(next.policies![0]!.name).to.equal('Nærby Kommune 2027');
    expect(next.settings.dueHour, 'no kommune section: settings kept').to.equal(7);
  });

  it('when a document has several problems, then every one is named with its path in Danish, and nothing is applied', () => {
    const doc = sampleDoc();
    const steps = doc.politikker[0]!.steps;
    steps[0]!.leadDays = 2;
    steps[1]!.day = 0;
    steps[2]!.colour = 'red';
    doc.kommune.dueHour = 25;
    expect(messages(JSON.stringify(doc), 'da')).to.have.members([
      'politik.json: kommune.dueHour: er for stor eller for lang (højst 23)',
      'politik.json: politikker.0.steps.1.day: er for lille eller for kort (mindst 1)',
      'politik.json: politikker.0.steps.2: ukendt felt "colour" – tjek stavningen',
      'politik.json: politikker.0.steps.0.leadDays: et trin på en kontaktdag har ingen forvarsel (leadDays skal være 0)',
      'politik.json: politikker.0.steps.0.leadDays: forvarslet (leadDays) skal være mindre end dagen',
      'politik.json: politikker.0.steps.1.leadDays: forvarslet (leadDays) skal være mindre end dagen',
    ]);
  });

  it('when a document has problems, then --lang en names them in English', () => {
    const doc = sampleDoc();
    doc.politikker[0]!.steps[0]!.mandatory = 'sometimes';
    expect(messages(JSON.stringify(doc), 'en')).to.deep.equal([
      'politik.json: politikker.0.steps.0.mandatory: is not a valid value (use always, above-target)',
    ]);
    const legal = sampleDoc();
    legal.politikker[0]!.steps[1]!.key = 'legal-contact';
    expect(messages(JSON.stringify(legal), 'en')).to.deep.equal([
      'politik.json: politikker.0.steps.1: legal steps come from the overlay',
    ]);
    expect(messages(JSON.stringify(legal), 'da')).to.deep.equal([
      'politik.json: politikker.0.steps.1: lovpligtige trin lægges automatisk til – de må ikke stå i politikken',
    ]);
  });

  it('when the municipality names an unknown policy or a policy appears twice, then the document is rejected', () => {
    const doc = sampleDoc();
    doc.kommune.politik = 'nowhere';
    doc.politikker.push(doc.politikker[0]!);
    const da = messages(JSON.stringify(doc), 'da');
    expect(da).to.include(
      'politik.json: politikker.1.id: politikken "naerby-2026" står to gange i filen',
    );
    expect(
      da.some((m) =>
        m.startsWith('politik.json: kommune.politik: politikken "nowhere" findes ikke'),
      ),
    ).to.equal(true);
  });

  it('when the file is not JSON, then it is rejected with the reason', () => {
    expect(messages('{ "politikker": [', 'da')[0]).to.match(
      /^politik\.json: filen kan ikke læses som JSON: /,
    );
    expect(messages('{ "politikker": [', 'en')[0]).to.match(
      /^politik\.json: the file cannot be read as JSON: /,
    );
  });

  it('when the municipality chooses a preset and sets only the due hour, then no policy is stored', () => {
    const out = apply(
      emptyStore(NOW),
      JSON.stringify({ kommune: { politik: 'hoeje-taastrup', dueHour: 9 } }),
    );
    expect(out.data.settings).to.include({ policyId: 'hoeje-taastrup', dueHour: 9 });
    expect(out.data.policies).to.equal(undefined);
    expect(POLICY_PRESETS.some((p) => p.id === 'hoeje-taastrup')).to.equal(true);
  });
});
