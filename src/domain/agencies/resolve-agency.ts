import { compareVietnamese, foldDiacritics } from '../text/fold-diacritics.ts';
import { normaliseAgencyName, type NormalisedAgencyName } from './normalise-agency-name.ts';
import { isAgencyValidOn, type AgencyCandidate } from './types.ts';

export interface ResolveAgencyOptions {
  /** Ancestors of the given unit, nearest first (district → province). */
  ancestorUnitIds?: readonly string[];
  /** Units linked to the given one across the 2025 reform: successors of an old unit, predecessors of a new one. */
  relatedUnitIds?: readonly string[];
  /** Report today's bodies for every match that has been reorganised, even if it was valid at `date`. */
  preferCurrent?: boolean;
  /** Below this a match is not offered as `best` (default 0.6). */
  minConfidence?: number;
  /** How many alternatives to return at most (default 5). */
  maxAlternatives?: number;
}

export interface AgencySuccessorMatch {
  agency: AgencyCandidate;
  note: string;
}

export interface AgencyMatch {
  agency: AgencyCandidate;
  /** 0..1: how sure the resolver is that the text names this body. */
  confidence: number;
  /** Today's bodies when the matched one was reorganised (validTo ≤ date, or preferCurrent). */
  successors: AgencySuccessorMatch[];
}

export interface AgencyResolution {
  best: AgencyMatch | null;
  /** Other plausible bodies, most likely first. */
  alternatives: AgencyMatch[];
  /** The text names a set of bodies ("UBND các xã, thị trấn"), not one. */
  collective: boolean;
}

interface PreparedCandidate {
  agency: AgencyCandidate;
  /** Token lists of every written form (name, short name, aliases), with and without the unit's place name. */
  forms: string[][];
  placeTokens: string[];
}

/** Words that open an agency's name; two different heads mean two different kinds of body. */
const headWords = new Set([
  'phong',
  'so',
  'uy',
  'trung',
  'truong',
  'hoi',
  'cong',
  'ban',
  'doan',
  'ngan',
  'van',
  'co',
  'chi',
  'benh',
  'tram',
  'huyen',
  'mat',
  'dang',
]);

/** Verbs that introduce an agency in task sentences ("Giao Phòng ...", "Đề nghị UBMTTQ ..."). */
const leadingVerbs = /^(?:de nghi|giao cho|giao|phoi hop voi|phoi hop|chu tri|qua|bao cao)\s+/;

const preparedCache = new WeakMap<readonly AgencyCandidate[], PreparedCandidate[]>();

/** Place tokens of a unit name without its level word: "Huyện Tháp Mười" → [thap, muoi]. */
export function placeTokensOfUnitName(unitName: string): string[] {
  const folded = foldDiacritics(unitName)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded
    .replace(/^(?:thanh pho|thi xa|thi tran|dac khu|tinh|huyen|quan|xa|phuong)\s+/, '')
    .split(' ')
    .filter((word) => word.length > 0);
}

function endsWith(tokens: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length === 0 || suffix.length >= tokens.length) return false;
  return suffix.every((word, i) => tokens[tokens.length - suffix.length + i] === word);
}

function withoutPlace(tokens: string[], place: readonly string[]): string[] {
  return endsWith(tokens, place) ? tokens.slice(0, tokens.length - place.length) : tokens;
}

function prepareCandidates(candidates: readonly AgencyCandidate[]): PreparedCandidate[] {
  const cached = preparedCache.get(candidates);
  if (cached) return cached;
  const prepared = candidates.map((agency) => {
    const placeTokens = placeTokensOfUnitName(agency.adminUnit.name);
    const forms: string[][] = [];
    for (const written of [agency.name, agency.shortName, ...agency.aliases]) {
      if (!written) continue;
      const tokens = normaliseAgencyName(written).tokens;
      if (tokens.length === 0) continue;
      forms.push(tokens);
      const stripped = withoutPlace(tokens, placeTokens);
      if (stripped !== tokens) forms.push(stripped);
    }
    return { agency, forms, placeTokens };
  });
  preparedCache.set(candidates, prepared);
  return prepared;
}

/**
 * Words nearly every agency name contains: they count half, so "Ban Thường vụ Huyện ủy"
 * is not taken for "Ban Tuyên giáo Huyện ủy" on the strength of "ban ... huyện ủy".
 */
const genericWords = new Set([
  'ban',
  'phong',
  'so',
  'uy',
  'nhan',
  'dan',
  'huyen',
  'tinh',
  'xa',
  'hoi',
  'trung',
  'tam',
  'co',
  'quan',
]);

const weightOf = (word: string) => (genericWords.has(word) ? 0.5 : 1);

/** Weighted Dice coefficient over token multisets; exact sequences score 1, different heads are penalised. */
export function compareTokens(query: readonly string[], form: readonly string[]): number {
  if (query.length === 0 || form.length === 0) return 0;
  if (query.length === form.length && query.every((word, i) => form[i] === word)) return 1;
  const counts = new Map<string, number>();
  let formWeight = 0;
  for (const word of form) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    formWeight += weightOf(word);
  }
  let queryWeight = 0;
  let common = 0;
  for (const word of query) {
    queryWeight += weightOf(word);
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common += weightOf(word);
      counts.set(word, left - 1);
    }
  }
  let score = (2 * common) / (queryWeight + formWeight);
  const queryHead = query[0] ?? '';
  const formHead = form[0] ?? '';
  if (queryHead !== formHead && headWords.has(queryHead) && headWords.has(formHead)) score *= 0.75;
  // Only the very same words in the same order are certain; reordered or partial names stay below 1.
  return Math.min(score, 0.97);
}

function textSimilarity(query: NormalisedAgencyName, candidate: PreparedCandidate): number {
  const variants = [query.tokens, withoutPlace(query.tokens, candidate.placeTokens)];
  let best = 0;
  for (const tokens of variants) {
    for (const form of candidate.forms) best = Math.max(best, compareTokens(tokens, form));
  }
  return best;
}

interface Context {
  adminUnitId: string;
  date: string;
  ancestors: readonly string[];
  related: ReadonlySet<string>;
}

/** How well the candidate's place fits where the text was written and what it says about level and place. */
function placeFactor(query: NormalisedAgencyName, candidate: PreparedCandidate, context: Context): number {
  const unit = candidate.agency.adminUnit;
  let factor: number;
  const ancestorIndex = context.ancestors.indexOf(unit.id);
  if (unit.id === context.adminUnitId) factor = 1;
  else if (ancestorIndex >= 0) factor = 0.92 - 0.02 * ancestorIndex;
  else if (context.related.has(unit.id)) factor = 0.9;
  // A body of an unrelated place only fits when the text names that place: a bare
  // "Ủy ban nhân dân xã" means the plan's own commune, not some other one.
  else factor = query.placeTokens.length > 0 ? 0.7 : 0.45;
  if (query.levelHint !== null && query.levelHint !== unit.level) factor *= 0.7;
  if (query.placeTokens.length > 0) {
    const same = query.placeTokens.join(' ') === candidate.placeTokens.join(' ');
    factor *= same ? 1.08 : 0.75;
  }
  return factor;
}

function successorsOf(
  agency: AgencyCandidate,
  byId: ReadonlyMap<string, AgencyCandidate>,
  date: string,
  preferCurrent: boolean,
): AgencySuccessorMatch[] {
  const reorganised = agency.validTo !== null && (agency.validTo <= date || preferCurrent);
  if (!reorganised) return [];
  const found: AgencySuccessorMatch[] = [];
  const seen = new Set<string>([agency.id]);
  // Follow chains (district office → commune office → ...) but never loop.
  const queue = agency.successors.map((link) => ({ ...link, depth: 1 }));
  while (queue.length > 0) {
    const link = queue.shift();
    if (!link || seen.has(link.id)) continue;
    seen.add(link.id);
    const successor = byId.get(link.id);
    if (!successor) continue;
    found.push({ agency: successor, note: link.note });
    const stillOld = successor.validTo !== null && successor.validTo <= date;
    if (stillOld && link.depth < 3)
      queue.push(...successor.successors.map((next) => ({ ...next, depth: link.depth + 1 })));
  }
  return found;
}

/**
 * Old names keep being written after a reorganisation, so a body that has ended is only
 * mildly penalised; a body that did not exist yet on `date` cannot be what the text meant.
 */
function validityFactor(agency: AgencyCandidate, date: string): number {
  if (isAgencyValidOn(agency, date)) return 1;
  if (agency.validFrom !== null && date < agency.validFrom) return 0.6;
  return 0.9;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Finds the agency a piece of plan text names ("Phòng LĐ-TB&XH", "UBND các xã",
 * "phong giao duc huyen") among the candidates, preferring bodies of the given unit, then
 * its ancestors, then units linked across the reform, and bodies valid on `date`.
 */
export function resolveAgency(
  text: string,
  adminUnitId: string,
  date: string,
  candidates: readonly AgencyCandidate[],
  options: ResolveAgencyOptions = {},
): AgencyResolution {
  const minConfidence = options.minConfidence ?? 0.6;
  const maxAlternatives = options.maxAlternatives ?? 5;
  const cleaned = text.trim();
  const query = normaliseAgencyName(stripLeadingVerb(cleaned));
  if (query.collective) return { best: null, alternatives: [], collective: true };
  if (query.tokens.length === 0) return { best: null, alternatives: [], collective: false };

  const context: Context = {
    adminUnitId,
    date,
    ancestors: options.ancestorUnitIds ?? [],
    related: new Set(options.relatedUnitIds ?? []),
  };
  const prepared = prepareCandidates(candidates);
  const byId = new Map(candidates.map((agency) => [agency.id, agency]));

  const scored: Array<{ agency: AgencyCandidate; score: number }> = [];
  for (const candidate of prepared) {
    const similarity = textSimilarity(query, candidate);
    if (similarity < 0.3) continue;
    const validity = validityFactor(candidate.agency, date);
    scored.push({
      agency: candidate.agency,
      score: Math.min(1, similarity * placeFactor(query, candidate, context) * validity),
    });
  }
  scored.sort((a, b) => b.score - a.score || compareVietnamese(a.agency.name, b.agency.name));

  const toMatch = (entry: { agency: AgencyCandidate; score: number }, confidence = entry.score): AgencyMatch => ({
    agency: entry.agency,
    confidence: round(confidence),
    successors: successorsOf(entry.agency, byId, date, options.preferCurrent ?? false),
  });

  const top = scored[0];
  if (!top || top.score < minConfidence) {
    const alternatives = scored
      .filter((entry) => entry.score >= 0.45)
      .slice(0, maxAlternatives)
      .map((entry) => toMatch(entry));
    return { best: null, alternatives, collective: false };
  }
  const runnerUp = scored[1];
  // Two bodies fitting almost equally well: keep the better one but say we are unsure.
  const ambiguous = runnerUp !== undefined && top.score - runnerUp.score < 0.05;
  const best = toMatch(top, ambiguous ? top.score * 0.8 : top.score);
  const alternatives = scored
    .slice(1)
    .filter((entry) => entry.score >= 0.45)
    .slice(0, maxAlternatives)
    .map((entry) => toMatch(entry));
  return { best, alternatives, collective: false };
}

/** Drops a leading verb ("Giao", "Đề nghị") while keeping the original letters of the rest. */
function stripLeadingVerb(text: string): string {
  const words = text.split(/\s+/);
  const foldedWords = words.map((word) => foldDiacritics(word));
  const match = leadingVerbs.exec(foldedWords.join(' '));
  if (!match) return text;
  const dropped = match[0].trim().split(' ').length;
  return words.slice(dropped).join(' ');
}
