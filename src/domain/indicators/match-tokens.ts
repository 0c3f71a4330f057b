// Text -> matching features: folded syllables, concepts from phrases (matching-terms.ts),
// syllable pairs. Each feature keeps the words it came from, for the reasons shown to people.

import { foldDiacritics } from '../text/fold-diacritics.ts';
import { STOP_PHRASES, STOP_WORDS, TERM_GROUPS } from './matching-terms.ts';

export interface MatchFeature {
  /** "c:trained" for a concept, "w:lao" for a syllable, "b:lao dong" for a pair. */
  key: string;
  /** Where it first occurs: syllable index and how many syllables it spans. */
  start: number;
  length: number;
}

interface Syllable {
  folded: string;
  surface: string;
  /** True when punctuation ("cán bộ, công chức") or a line break comes before it. */
  afterBreak: boolean;
}

interface Phrase {
  words: string[];
  concepts: string[];
}

function splitSyllables(text: string): Syllable[] {
  const syllables: Syllable[] = [];
  for (const match of text
    .normalize('NFC')
    .toLowerCase()
    .matchAll(/([^\p{L}\p{N}]*)([\p{L}\p{N}]+)/gu)) {
    const [, gap = '', word = ''] = match;
    syllables.push({ folded: foldNumber(foldDiacritics(word)), surface: word, afterBreak: /[^\s]/u.test(gap) });
  }
  return syllables;
}

/** "05" and "5" are the same figure in "dưới 05 tuổi". */
function foldNumber(word: string): string {
  return /^\d+$/.test(word) ? String(Number(word)) : word;
}

function toPhrase(text: string, concepts: string[]): Phrase {
  return { words: splitSyllables(text).map((syllable) => syllable.folded), concepts };
}

/** Every phrase, longest first, so "qua đào tạo nghề" wins over "qua đào tạo". */
const PHRASES: Phrase[] = [
  ...TERM_GROUPS.flatMap((group) => group.phrases.map((phrase) => toPhrase(phrase, group.concepts))),
  ...STOP_PHRASES.map((phrase) => toPhrase(phrase, [])),
].sort((a, b) => b.words.length - a.words.length);

const STOP_WORD_SET = new Set(STOP_WORDS.map((word) => foldDiacritics(word)));

function findPhraseAt(syllables: Syllable[], start: number): Phrase | null {
  return (
    PHRASES.find((phrase) => phrase.words.every((word, offset) => syllables[start + offset]?.folded === word)) ?? null
  );
}

/** The matching features of a text; the same feature appears once. */
export function extractMatchFeatures(text: string): MatchFeature[] {
  const syllables = splitSyllables(text);
  const features = new Map<string, MatchFeature>();
  const add = (key: string, start: number, length: number) => {
    if (!features.has(key)) features.set(key, { key, start, length });
  };
  let previous: Syllable | null = null;
  for (let index = 0; index < syllables.length; ) {
    const phrase = findPhraseAt(syllables, index);
    if (phrase) {
      for (const concept of phrase.concepts) add(`c:${concept}`, index, phrase.words.length);
      index += phrase.words.length;
      previous = null;
      continue;
    }
    const syllable = syllables[index]!;
    index += 1;
    if (STOP_WORD_SET.has(syllable.folded) || /^\d+$/.test(syllable.folded)) {
      previous = null;
      continue;
    }
    add(`w:${syllable.folded}`, index - 1, 1);
    if (previous && !syllable.afterBreak) add(`b:${previous.folded} ${syllable.folded}`, index - 2, 2);
    previous = syllable;
  }
  return [...features.values()];
}

/**
 * The words of `text` the features cover, as written, in runs ("lao động qua đào tạo"):
 * what a person reads as the reason for a suggestion.
 */
export function describeMatchedWords(text: string, features: readonly MatchFeature[]): string[] {
  const syllables = splitSyllables(text);
  const covered = new Set<number>();
  for (const feature of features) {
    for (let offset = 0; offset < feature.length; offset += 1) covered.add(feature.start + offset);
  }
  const runs: string[][] = [];
  syllables.forEach((syllable, index) => {
    if (!covered.has(index)) return;
    const run = runs.at(-1);
    if (run && covered.has(index - 1) && !syllable.afterBreak) run.push(syllable.surface);
    else runs.push([syllable.surface]);
  });
  return [...new Set(runs.map((run) => run.join(' ')))];
}
