import { describe, expect, it } from 'vitest';
import { statementFromClaimReview } from '../../lib/formats/claimreview';
import { validateClaimReview } from '../../lib/formats/claimreview-schema';
import { mapVerdict } from '../../lib/formats/verdict-labels';
import type { Verdict } from '../../lib/types';

/** Asserts each label maps to its verdict as a known label. */
function expectLabels(cases: Array<[string, Verdict]>) {
  for (const [label, verdict] of cases) {
    expect({ label, ...mapVerdict(label) }).toEqual({ label, verdict, known: 'label' });
  }
}

/** Labels as publishers write them, and the verdict each must map to, by language. */
const LABELS: Record<string, Array<[string, Verdict]>> = {
  'English (as before: Truth-O-Meter, Pinocchios, Snopes, Meta)': [
    ['True', 'true'], ['Mostly True', 'mostly-true'], ['half-true', 'mixed'], ['Half True', 'mixed'],
    ['Barely True', 'mostly-false'], ['Mostly False', 'mostly-false'], ['Partly false', 'mostly-false'],
    ['False', 'false'], ['Pants on Fire!', 'false'], ['pants-fire', 'false'], ['Four Pinocchios', 'false'],
    ['Misleading', 'needs-context'], ['Missing context', 'needs-context'], ['Satire', 'needs-context'],
    ['Unproven', 'unproven'], ['Unfounded', 'unproven'], ['Accurate.', 'true'], ['  MOSTLY   TRUE  ', 'mostly-true'],
  ],
  'French (AFP Factuel, Les Décodeurs)': [
    ['Vrai', 'true'], ['Plutôt vrai', 'mostly-true'], ['Vrai, mais…', 'mostly-true'], ['À moitié vrai', 'mixed'],
    ['Plutôt faux', 'mostly-false'], ['Partiellement faux', 'mostly-false'], ['Exagéré', 'mostly-false'],
    ['Faux', 'false'], ['FAUX', 'false'], ['Faux !', 'false'], ['Montage', 'false'],
    ['Trompeur', 'needs-context'], ['Manque de contexte', 'needs-context'], ['Détourné', 'needs-context'],
    ['Parodie', 'needs-context'], ['Infondé', 'unproven'], ['Invérifiable', 'unproven'], ['invérifiable', 'unproven'],
  ],
  'Spanish (Maldita, Newtral, Chequeado, EFE Verifica)': [
    ['Verdadero', 'true'], ['Cierto', 'true'], ['Verdadero, pero...', 'mostly-true'], ['Verdad a medias', 'mixed'],
    ['Medio verdadero', 'mixed'], ['Exagerado', 'mostly-false'], ['Falso', 'false'], ['¡Falso!', 'false'],
    ['Bulo', 'false'], ['Montaje', 'false'], ['Engañoso', 'needs-context'], ['enganoso', 'needs-context'],
    ['ENGAÑOSO', 'needs-context'], ['Falta contexto', 'needs-context'], ['Sin contexto', 'needs-context'],
    ['Sátira', 'needs-context'], ['Insostenible', 'unproven'], ['Inchequeable', 'unproven'],
  ],
  'Portuguese (Lupa, Aos Fatos, Polígrafo, Observador)': [
    ['Verdadeiro', 'true'], ['Verdadeiro, mas', 'mostly-true'], ['Praticamente certo', 'mostly-true'],
    ['Impreciso', 'mixed'], ['Contraditório', 'mixed'], ['Exagerado', 'mostly-false'], ['Distorcido', 'mostly-false'],
    ['Falso', 'false'], ['Errado', 'false'], ['Pimenta na Língua', 'false'], ['pimenta na lingua', 'false'],
    ['Enganoso', 'needs-context'], ['Sem contexto', 'needs-context'], ['Fora de contexto', 'needs-context'],
    ['Insustentável', 'unproven'], ['insustentavel', 'unproven'],
  ],
  'German (Correctiv, dpa, AFP Faktencheck)': [
    ['Richtig', 'true'], ['Größtenteils richtig', 'mostly-true'], ['Teilweise falsch', 'mixed'],
    ['Größtenteils falsch', 'mostly-false'], ['GRÖSSTENTEILS FALSCH', 'mostly-false'], ['grosstenteils falsch', 'mostly-false'],
    ['groesstenteils falsch', 'mostly-false'], ['Falsch', 'false'], ['Frei erfunden', 'false'], ['Manipuliert', 'false'],
    ['Irreführend', 'needs-context'], ['irrefuhrend', 'needs-context'], ['Fehlender Kontext', 'needs-context'],
    ['Satire', 'needs-context'], ['Unbelegt', 'unproven'],
  ],
  'Italian (Pagella Politica, Facta, Open)': [
    ['Vero', 'true'], ["C'eri quasi", 'mostly-true'], ['C’eri quasi', 'mostly-true'], ['Nì', 'mixed'], ['ni', 'mixed'],
    ['Pinocchio andante', 'mostly-false'], ['Panzana pazzesca', 'false'], ['Falso', 'false'], ['Notizia falsa', 'false'],
    ['Bufala', 'false'], ['Fuorviante', 'needs-context'], ['Senza contesto', 'needs-context'], ['Impreciso', 'mixed'],
    ['Non provato', 'unproven'],
  ],
  'Dutch (Nieuwscheckers, AFP Factcheck, NUcheckt)': [
    ['Waar', 'true'], ['Grotendeels waar', 'mostly-true'], ['Half waar', 'mixed'], ['Grotendeels onwaar', 'mostly-false'],
    ['Onwaar', 'false'], ['Klopt niet', 'false'], ['Misleidend', 'needs-context'], ['Ontbrekende context', 'needs-context'],
    ['Niet bewezen', 'unproven'],
  ],
};

describe('mapVerdict: publisher labels', () => {
  it.each(Object.entries(LABELS))('%s', (_, cases) => expectLabels(cases));

  it('takes the quotes and hash marks some feeds keep around a label', () => {
    expectLabels([['«\u00a0Faux\u00a0»', 'false'], ['"Falsch"', 'false'], ['#FATO', 'true'], ['#Fake', 'false']]);
  });
});

describe('mapVerdict: an unknown foreign label', () => {
  it('falls back to the numeric rating, then to unproven', () => {
    // Demagog's (Polish) labels are not on the table: `ł` has no accent to fold away
    expect(mapVerdict('Fałsz', { value: 1, best: 5, worst: 1 })).toEqual({ verdict: 'false', known: 'numeric' });
    expect(mapVerdict('Prawda', { value: 5, best: 5, worst: 1 })).toEqual({ verdict: 'true', known: 'numeric' });
    expect(mapVerdict('Fałsz')).toEqual({ verdict: 'unproven', known: 'none' });
    expect(mapVerdict('Ψευδές')).toEqual({ verdict: 'unproven', known: 'none' });
  });

  it('does not match a label by a part of it', () => {
    expect(mapVerdict('Faux-semblant').known).toBe('none');
    expect(mapVerdict('Falsificado parcialmente').known).toBe('none');
  });
});

describe('a ClaimReview rated in another language', () => {
  const review = (alternateName: string) => ({
    '@type': 'ClaimReview',
    claimReviewed: 'La Terre est plate.',
    reviewRating: { '@type': 'Rating', alternateName },
    author: { '@type': 'Organization', name: 'AFP Factuel' },
    url: 'https://factuel.afp.com/x',
  });

  it('is imported with its verdict and label, and no unknown-scale warning', () => {
    expect(statementFromClaimReview(review('Faux'), 0, 'import', 1)).toMatchObject({ verdict: 'false', verdictLabel: 'Faux' });
    expect(statementFromClaimReview(review('Engañoso'), 0, 'import', 1).verdict).toBe('needs-context');
    const checked = validateClaimReview(review('Größtenteils falsch'), 0, 'import', 1);
    expect(checked.statement?.verdict).toBe('mostly-false');
    expect(checked.warnings.filter((w) => w.field === 'reviewRating')).toEqual([]);
  });

  it('still warns when the label is on no known scale', () => {
    const checked = validateClaimReview(review('Fałsz'), 0, 'import', 1);
    expect(checked.statement?.verdict).toBe('unproven');
    expect(checked.warnings.map((w) => w.field)).toContain('reviewRating');
  });
});
