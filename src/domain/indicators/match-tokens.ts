// Text -> matching features: folded syllables, concepts from phrases (matching-terms.ts),
// syllable pairs. Each feature keeps the words it came from, for the reasons shown to people.

import { foldDiacritics } from '../text/fold-diacritics.ts';
import { STOP_PHRASES, STOP_WORDS, TERM_GROUPS } from './matching-terms.ts';

export interface MatchFeature {
  /** "c:trained" for a concept, "w:lao" for a syllable, "b:lao dong" for a pair. */
  key: string;
  /** The words as written, for reasons ("qua đào tạo"). */
  surface: string;
}

interface Syllable {
  folded: string;
  surface: string;
}

interface Phrase {
  words: string[];
  concepts: string[];
}

function splitSyllables(text: string): Syllable[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => ({ folded: foldNumber(foldDiacritics(word)), surface: word }));
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
  const add = (key: string, surface: string) => {
    if (!features.has(key)) features.set(key, { key, surface });
  };
  let previous: Syllable | null = null;
  for (let index = 0; index < syllables.length; ) {
    const phrase = findPhraseAt(syllables, index);
    if (phrase) {
      const surface = syllables
        .slice(index, index + phrase.words.length)
        .map((syllable) => syllable.surface)
        .join(' ');
      for (const concept of phrase.concepts) add(`c:${concept}`, surface);
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
    add(`w:${syllable.folded}`, syllable.surface);
    if (previous) add(`b:${previous.folded} ${syllable.folded}`, `${previous.surface} ${syllable.surface}`);
    previous = syllable;
  }
  return [...features.values()];
}
