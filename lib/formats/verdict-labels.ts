import type { Verdict } from '../types';

/**
 * English publisher rating labels mapped onto the canonical scale. Sources: PolitiFact's Truth-O-Meter
 * (true ... pants on fire, flip-o-meter) and its slugs (`pants-fire`, `barely-true`), Snopes' rating
 * glossary, FactCheck.org and AFP wording, Full Fact, the Washington Post's Pinocchio scale, Lead
 * Stories, and Google Fact Check Tools' `textualRating` values seen in ClaimReview feeds.
 */
const ENGLISH: Record<string, Verdict> = {
  true: 'true', accurate: 'true', correct: 'true', verified: 'true', 'correct attribution': 'true',
  'geppetto checkmark': 'true', 'no flip': 'true', 'no-flip': 'true', 'confirmed': 'true',
  'mostly true': 'mostly-true', 'mostly-true': 'mostly-true', 'mostly accurate': 'mostly-true',
  'largely accurate': 'mostly-true', 'mostly correct': 'mostly-true', 'one pinocchio': 'mostly-true',
  'half true': 'mixed', 'half-true': 'mixed', mixed: 'mixed', mixture: 'mixed', 'partly true': 'mixed',
  'partially true': 'mixed', 'half flip': 'mixed', 'half-flip': 'mixed', 'full flop': 'mixed', 'full-flop': 'mixed',
  'two pinocchios': 'mixed',
  'partly false': 'mostly-false', 'partially false': 'mostly-false', 'mostly false': 'mostly-false',
  'mostly-false': 'mostly-false', 'barely true': 'mostly-false', 'barely-true': 'mostly-false',
  exaggerated: 'mostly-false', exaggeration: 'mostly-false', 'three pinocchios': 'mostly-false',
  'spins the facts': 'mostly-false', 'distorts the facts': 'mostly-false',
  false: 'false', 'pants on fire': 'false', 'pants-fire': 'false', 'pants on fire!': 'false',
  incorrect: 'false', inaccurate: 'false', fake: 'false', 'four pinocchios': 'false', fabricated: 'false',
  'fake news': 'false', hoax: 'false', scam: 'false', misattributed: 'false', miscaptioned: 'false',
  altered: 'false', 'altered photo': 'false', manipulated: 'false', wrong: 'false', 'not true': 'false',
  misleading: 'needs-context', 'missing context': 'needs-context', 'needs context': 'needs-context',
  'lacks context': 'needs-context', 'out of context': 'needs-context', 'cherry picks': 'needs-context',
  'false context': 'needs-context', 'outdated': 'needs-context', 'labeled satire': 'needs-context',
  satire: 'needs-context', 'misleading context': 'needs-context',
  unproven: 'unproven', unverified: 'unproven', unsupported: 'unproven', disputed: 'unproven',
  'no evidence': 'unproven', unsubstantiated: 'unproven', 'not established': 'unproven', unfounded: 'unproven',
  'research in progress': 'unproven', legend: 'unproven', 'unclear': 'unproven', 'not proven': 'unproven',
};

/** A publisher scale written the other way round: the labels that mean each canonical verdict. */
type Scale = Partial<Record<Verdict, readonly string[]>>;

/**
 * Non-English labels, as the publishers spell them (accents and case do not matter: see
 * {@link foldLabel}). Sources: the published rating scales of the fact-checkers named on each
 * language below. As in English, misleading, missing or false context and satire are
 * `needs-context`, exaggerated is `mostly-false`, altered or invented media is `false` and
 * unfounded is `unproven`.
 */
const FOREIGN: Record<string, Scale> = {
  /** AFP Factuel, Les Décodeurs (Le Monde), Libération CheckNews, 20 Minutes Fake Off. */
  french: {
    true: ['vrai', "c'est vrai", 'exact', 'vérifié'],
    'mostly-true': ['plutôt vrai', 'globalement vrai', 'vrai mais', 'en grande partie vrai'],
    mixed: ['à moitié vrai', 'partiellement vrai', 'en partie vrai'],
    'mostly-false': ['plutôt faux', 'partiellement faux', 'en partie faux', 'globalement faux', 'exagéré', 'exagération'],
    false: ['faux', "c'est faux", 'inexact', 'erroné', 'fausse information', 'infox', 'montage', 'photo modifiée',
      'manipulé', 'truqué', 'inventé', 'canular', 'arnaque'],
    'needs-context': ['trompeur', 'trompeuse', 'manque de contexte', 'contexte manquant', 'sans contexte', 'hors contexte',
      'sorti de son contexte', 'faux contexte', 'détourné', 'parodie', 'satirique', 'obsolète'],
    unproven: ['infondé', 'invérifiable', 'non vérifiable', 'impossible à vérifier', 'non prouvé', 'non démontré',
      'sans preuve', 'douteux'],
  },
  /** Maldita, Newtral, Chequeado, EFE Verifica, AFP Factual, Colombiacheck. */
  spanish: {
    true: ['verdadero', 'verdadera', 'verdad', 'cierto', 'es cierto', 'correcto', 'exacto'],
    'mostly-true': ['verdadero pero', 'cierto pero', 'mayormente verdadero', 'mayormente cierto', 'casi verdadero'],
    mixed: ['medio verdadero', 'verdad a medias', 'parcialmente verdadero', 'parcialmente cierto', 'discutible', 'impreciso'],
    'mostly-false': ['mayormente falso', 'parcialmente falso', 'en parte falso', 'exagerado', 'exagerada'],
    false: ['falso', 'falsa', 'es falso', 'bulo', 'montaje', 'manipulado', 'trucado', 'inventado', 'incorrecto', 'erróneo',
      'timo', 'estafa'],
    'needs-context': ['engañoso', 'engañosa', 'falta contexto', 'falta de contexto', 'sin contexto', 'fuera de contexto',
      'sacado de contexto', 'necesita contexto', 'sátira', 'satírico', 'parodia'],
    unproven: ['inchequeable', 'insostenible', 'apresurado', 'no verificable', 'inverificable', 'sin evidencia',
      'sin pruebas', 'no comprobado', 'no probado', 'sin fundamento', 'dudoso'],
  },
  /** Agência Lupa, Aos Fatos, Polígrafo, Observador, Comprova, G1 Fato ou Fake. */
  portuguese: {
    true: ['verdadeiro', 'verdadeira', 'verdade', 'é verdade', 'certo', 'correto', 'fato', 'comprovado'],
    'mostly-true': ['verdadeiro mas', 'praticamente certo', 'maioritariamente verdadeiro', 'em grande parte verdadeiro'],
    mixed: ['impreciso', 'parcialmente verdadeiro', 'contraditório'],
    'mostly-false': ['exagerado', 'esticado', 'distorcido', 'subestimado', 'parcialmente falso', 'maioritariamente falso'],
    false: ['falso', 'falsa', 'é falso', 'errado', 'pimenta na língua', 'montagem', 'manipulado', 'inventado', 'boato', 'golpe'],
    'needs-context': ['enganoso', 'enganosa', 'enganador', 'sem contexto', 'fora de contexto', 'descontextualizado',
      'falta contexto', 'sátira', 'paródia'],
    unproven: ['insustentável', 'ainda é cedo para dizer', 'sem comprovação', 'não comprovado', 'inconclusivo',
      'sem evidências', 'sem provas'],
  },
  /**
   * CORRECTIV.Faktencheck, dpa-Faktencheck, AFP Faktencheck, BR24 #Faktenfuchs. Correctiv's
   * "Teilweise falsch" is false and true claims about equally mixed, hence `mixed`.
   */
  german: {
    true: ['richtig', 'wahr', 'korrekt', 'zutreffend', 'stimmt'],
    'mostly-true': ['größtenteils richtig', 'groesstenteils richtig', 'überwiegend richtig', 'weitgehend richtig',
      'größtenteils wahr'],
    mixed: ['teilweise falsch', 'teilweise richtig', 'teils richtig', 'halb wahr'],
    'mostly-false': ['größtenteils falsch', 'groesstenteils falsch', 'überwiegend falsch', 'weitgehend falsch', 'übertrieben'],
    false: ['falsch', 'unwahr', 'stimmt nicht', 'frei erfunden', 'erfunden', 'manipuliert', 'gefälscht', 'betrug'],
    'needs-context': ['irreführend', 'fehlender kontext', 'kontext fehlt', 'falscher kontext', 'aus dem kontext gerissen',
      'falsche überschrift', 'veraltet'],
    unproven: ['unbelegt', 'nicht belegt', 'unbewiesen', 'nicht bewiesen', 'ungeklärt', 'unklar', 'nicht überprüfbar'],
  },
  /** Pagella Politica, Facta, Open Fact-checking, AGI Fact-checking, Bufale.net. */
  italian: {
    true: ['vero', 'vera', 'notizia vera', 'corretto'],
    'mostly-true': ["c'eri quasi", 'in gran parte vero', 'prevalentemente vero'],
    mixed: ['nì', 'parzialmente vero', 'in parte vero', 'impreciso'],
    'mostly-false': ['pinocchio andante', 'parzialmente falso', 'in gran parte falso', 'prevalentemente falso', 'esagerato'],
    false: ['falso', 'falsa', 'panzana pazzesca', 'notizia falsa', 'bufala', 'fotomontaggio', 'manipolato', 'inventato',
      'sbagliato', 'errato', 'truffa'],
    'needs-context': ['fuorviante', 'ingannevole', 'senza contesto', 'fuori contesto', 'contesto mancante',
      'decontestualizzato', 'satira', 'parodia'],
    unproven: ['non provato', 'non dimostrato', 'non verificabile', 'infondato', 'senza prove', 'non confermato'],
  },
  /** Nieuwscheckers, AFP Factcheck (Dutch), Knack Factcheck, NU.nl NUcheckt. */
  dutch: {
    true: ['waar', 'juist', 'klopt'],
    'mostly-true': ['grotendeels waar', 'grotendeels juist', 'overwegend waar', 'klopt grotendeels'],
    mixed: ['half waar', 'deels waar', 'gedeeltelijk waar', 'deels juist', 'klopt deels'],
    'mostly-false': ['grotendeels onwaar', 'grotendeels onjuist', 'deels onwaar', 'gedeeltelijk onwaar', 'deels onjuist',
      'overdreven'],
    false: ['onwaar', 'onjuist', 'niet waar', 'klopt niet', 'nep', 'verzonnen', 'gemanipuleerd', 'fout'],
    'needs-context': ['misleidend', 'ontbrekende context', 'context ontbreekt', 'zonder context', 'uit de context gehaald'],
    unproven: ['niet bewezen', 'onbewezen', 'ongefundeerd', 'onduidelijk', 'onvoldoende bewijs'],
  },
};

/**
 * Folds a label for lookup: no accents (NFD, combining marks dropped; `ß` is `ss`), lower case,
 * straight apostrophes, commas as spaces, single spaces, no surrounding quotes, no leading `#` and
 * no trailing `!`, `.` or `…` (so "FAUX !", "Engañoso" and "enganoso" meet, and "Verdadero, pero…"
 * is "verdadero pero").
 */
function foldLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .replace(/,/g, ' ')
    .replace(/^[\s"'«»“”„¡¿#]+|[\s"'«»“”„!.…]+$/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * Every label, folded, with its verdict. Two labels that fold alike must agree (the same word in
 * two languages, or a word with and without its accents): a clash throws when this module loads.
 */
const LABELS: Record<string, Verdict> = (() => {
  const table = Object.create(null) as Record<string, Verdict>;
  const add = (label: string, verdict: Verdict) => {
    const key = foldLabel(label);
    if (table[key] && table[key] !== verdict) throw new Error(`verdict label "${label}" is both ${table[key]} and ${verdict}`);
    table[key] = verdict;
  };
  for (const [label, verdict] of Object.entries(ENGLISH)) add(label, verdict);
  for (const scale of Object.values(FOREIGN)) {
    for (const [verdict, labels] of Object.entries(scale) as Array<[Verdict, readonly string[]]>) {
      for (const label of labels) add(label, verdict);
    }
  }
  return table;
})();

/** A numeric schema.org Rating: `ratingValue` between `worstRating` and `bestRating`. */
export interface NumericRating {
  value: number;
  best: number;
  worst: number;
}

/**
 * Maps a publisher's rating onto the canonical verdict scale and says how.
 * @param label the reviewer's own label, e.g. "Pants on Fire!", "Needs context" or "Faux"
 * @param rating optional numeric rating (schema.org Rating), used when the label is unknown;
 *   mapped in five equal bands from worst (false) to best (true)
 * @returns the verdict and `known`: `label` when the label is on a known scale, `numeric` when the
 *   number decided, `none` when neither did (the verdict is then `unproven`)
 */
export function mapVerdict(label: string, rating?: NumericRating): { verdict: Verdict; known: 'label' | 'numeric' | 'none' } {
  const known = LABELS[foldLabel(label)];
  if (known) return { verdict: known, known: 'label' };
  if (rating && Number.isFinite(rating.value) && rating.best > rating.worst) {
    const r = (rating.value - rating.worst) / (rating.best - rating.worst);
    const verdict: Verdict = r >= 0.875 ? 'true' : r >= 0.625 ? 'mostly-true' : r >= 0.375 ? 'mixed' : r >= 0.125 ? 'mostly-false' : 'false';
    return { verdict, known: 'numeric' };
  }
  return { verdict: 'unproven', known: 'none' };
}

/**
 * Maps a publisher's rating label onto the canonical verdict scale.
 * @param label the reviewer's own label, e.g. "Pants on Fire!" or "Needs context"
 * @param ratingValue optional numeric rating with its bounds (schema.org Rating), used when the label is unknown
 * @returns the canonical verdict; `unproven` when neither the label nor the number says more
 */
export function canonicalVerdict(label: string, ratingValue?: NumericRating): Verdict {
  return mapVerdict(label, ratingValue).verdict;
}
