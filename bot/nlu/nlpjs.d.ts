/** The small part of NLP.js (CommonJS, untyped) that bot/nlu/classifier.ts uses. */
declare module '@nlpjs/nlp' {
  interface NlpContainer {
    use(plugin: unknown): void;
    registerConfiguration(tag: string, settings: Record<string, unknown>, overwrite: boolean): void;
  }
  interface NlpResult {
    intent: string;
    score: number;
    classifications?: Array<{ intent: string; score: number }>;
  }
  interface Nlp {
    container: NlpContainer;
    addLanguage(locales: string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
  const nlp: { Nlp: new (settings?: Record<string, unknown>) => Nlp };
  export default nlp;
}

declare module '@nlpjs/lang-da' {
  const da: { LangDa: unknown };
  export default da;
}

declare module '@nlpjs/lang-en' {
  const en: { LangEn: unknown };
  export default en;
}
