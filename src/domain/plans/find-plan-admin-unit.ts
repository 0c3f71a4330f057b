// Which admin unit issued a plan: "Ủy ban nhân dân huyện Tháp Mười" dated 2024-01-31 is
// the district od-tinh-dong-thap.huyen-thap-muoi as it was then, not today's commune.
import type { AdminUnitIndex } from '../admin-units/admin-unit-index.ts';
import type { AdminLevel, AdminUnit } from '../admin-units/types.ts';
import { foldDiacritics } from '../text/fold-diacritics.ts';
import type { DocumentHeader } from './plan-model.ts';

export interface PlanUnitMatch {
  unit: AdminUnit;
  /** 0..1; below 0.8 the reviewer should check it (several units share the name). */
  confidence: number;
  /** Every unit that fits equally well, `unit` first; more than one when the text cannot tell them apart. */
  tied: AdminUnit[];
}

const levelWords: Array<{ word: string; level: AdminLevel | null }> = [
  { word: 'thanh pho', level: null },
  { word: 'thi tran', level: 'commune' },
  { word: 'thi xa', level: 'district' },
  { word: 'dac khu', level: 'commune' },
  { word: 'tinh', level: 'province' },
  { word: 'huyen', level: 'district' },
  { word: 'quan', level: 'district' },
  { word: 'phuong', level: 'commune' },
  { word: 'xa', level: 'commune' },
];

interface PlaceQuery {
  /** Folded "huyen thap muoi". */
  query: string;
  level: AdminLevel | null;
}

/** The place an issuer names after its level word: "UBND huyện Tháp Mười" → huyen thap muoi. */
export function placeOfIssuer(issuer: string): PlaceQuery | null {
  const folded = foldDiacritics(issuer)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const { word, level } of levelWords) {
    const match = new RegExp(`(?:^| )${word} ([a-z0-9 ]+)$`).exec(folded);
    if (match?.[1]) return { query: `${word} ${match[1].trim()}`, level };
  }
  return null;
}

function isoDateOf(header: Pick<DocumentHeader, 'date' | 'year'>): string | null {
  if (header.date && /^\d{4}-\d{2}-\d{2}$/.test(header.date)) return header.date;
  // A draft left undated ("ngày tháng năm 2023"): the middle of its year.
  if (header.year !== null && header.year >= 1900 && header.year <= 2200) return `${header.year}-06-30`;
  return null;
}

function bareName(unit: AdminUnit): string {
  return foldDiacritics(unit.name).replace(/^(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|dac khu) /, '');
}

/**
 * Finds the issuing unit from the issuer (or, failing that, the place line), valid on the
 * document date when there is one. Several units with the same name (there are many
 * "Xã Thanh Thủy"s) are told apart by the names of their ancestors appearing in `context`
 * (the document text: "tỉnh Trà Vinh", "tỉnh Kon Tum").
 */
export function findPlanAdminUnit(
  header: Pick<DocumentHeader, 'issuer' | 'issuerLevel' | 'place' | 'date' | 'year'>,
  index: AdminUnitIndex,
  context = '',
): PlanUnitMatch | null {
  const fromIssuer = header.issuer ? placeOfIssuer(header.issuer) : null;
  const place =
    fromIssuer ?? (header.place ? { query: foldDiacritics(header.place), level: header.issuerLevel } : null);
  if (!place || place.query.length === 0) return null;
  const level = place.level ?? header.issuerLevel ?? undefined;
  const date = isoDateOf(header);
  const wantedName = place.query.replace(/^(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|dac khu) /, '');

  const search = (asOf: string | undefined) =>
    index.search(place.query, { asOf, level, limit: 50 }).filter((unit) => bareName(unit) === wantedName);
  let found = date ? search(date) : [];
  let dated = found.length > 0;
  if (found.length === 0) {
    found = search(undefined);
    dated = false;
  }
  if (found.length === 0) return null;

  const foldedContext = foldDiacritics(context);
  const scored = found.map((unit) => {
    const ancestors = index.ancestors(unit.id);
    const hits = ancestors.filter((ancestor) => foldedContext.includes(foldDiacritics(ancestor.name))).length;
    return { unit, hits };
  });
  scored.sort((a, b) => b.hits - a.hits);
  const best = scored[0]!;
  const tied = scored.filter((entry) => entry.hits === best.hits).map((entry) => entry.unit);
  let confidence = tied.length === 1 ? 0.95 : 0.5;
  if (!dated) confidence -= 0.15;
  return { unit: best.unit, confidence: Math.max(0.1, Math.round(confidence * 100) / 100), tied };
}
