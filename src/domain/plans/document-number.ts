// Document numbers as people write them ("Số: 60 /KH-UBND", "416/KH-ubnd", "135-KH/HU")
// reduced to one key, so that a duplicate upload and a citation in another plan find the
// same document whatever the spacing, case, dashes or diacritics.
import { foldDiacritics } from '../text/fold-diacritics.ts';

/** The comparison key of a document number, or null when it has no digits (a blank "Số: /KH-UBND"). */
export function normaliseDocumentNumber(number: string | null | undefined): string | null {
  if (typeof number !== 'string') return null;
  const folded = foldDiacritics(number.replace(/[*_`]/g, ''))
    .replace(/^so\s*[:.]?\s*/, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
  // Leading zeros carry no meaning ("05/KH-UBND" is number 5).
  const key = folded.replace(/^0+(?=\d)/, '');
  return /^\d/.test(key) ? key : null;
}
