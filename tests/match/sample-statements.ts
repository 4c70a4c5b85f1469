/** Statements of the article's kind, with the look-alike traps the matcher must tell apart (tests only). */
export const SAMPLE_STATEMENTS = [
  { id: 'aid', text: 'Biden-era U.S. military support for Ukraine totaled $66.9 billion.' },
  { id: 'started', text: 'Ukraine started the war.' },
  { id: 'tariffs', text: 'Senator Lindsey Graham proposed 500% tariffs on countries buying Russian oil.' },
  { id: 'vaccine', text: 'The MMR vaccine causes autism in children.' },
  { id: 'progress', text: 'Trump said he made no progress with Putin on ending the war.' },
];
