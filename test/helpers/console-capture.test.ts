import { expect } from 'chai';
import { capturingConsole } from './console-capture.js';

describe('capturingConsole', () => {
  it('when the code prints, then the lines are handed back and the console is restored', async () => {
    const original = console.error;
    const { result, printed } = await capturingConsole(() => {
      console.error('refused: %s', 'expired');
      console.warn({ statusCode: 401 });
      return Promise.resolve(7);
    });
    expect(result).to.equal(7);
    expect(printed).to.equal('error: refused: expired\nwarn: { statusCode: 401 }');
    expect(console.error).to.equal(original);
  });

  it('when the code throws, then the error reaches the test and the console is restored', async () => {
    const original = console.warn;
    const failing = capturingConsole(() => Promise.reject(new Error('real failure')));
    await failing.then(
      () => expect.fail('the failure was swallowed'),
      (err: Error) => expect(err.message).to.equal('real failure'),
    );
    expect(console.warn).to.equal(original);
  });
});
