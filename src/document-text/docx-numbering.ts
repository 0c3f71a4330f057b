// Word's automatic list numbers ("I.", "1.", "a)") are not in the document text: Word
// draws them from word/numbering.xml. A plan's outline hangs on those numbers, so they
// are rebuilt here: the numbered paragraphs of word/document.xml are listed in order,
// each gets its label by Word's rules (counter per list and level, deeper levels restart,
// lvlText such as "%1.%2."), and the caller pairs them with mammoth's numbered
// paragraphs. mammoth reads the numbering but does not expose formats, hence this file.

import { inflateRawSync } from 'node:zlib';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Definitions {
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  abstracts: Map<string, { levels: Map<number, Level>; styleLink: string | null }>;
  /** Numbering level that a paragraph style carries (lvl with w:pStyle in numbering.xml). */
  styleLevels: Map<string, { abstractId: string; level: number }>;
  /** numId of numbering styles (styles.xml), for abstractNum w:numStyleLink. */
  styleNumIds: Map<string, string>;
}

export interface NumberedParagraph {
  abstractId: string;
  numId: string | null;
  level: number;
}

/** The named entry of a ZIP archive as text, or null (no such entry, or unreadable). */
export function readZipText(bytes: Uint8Array, name: string): string | null {
  try {
    const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) return null;
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    for (let i = 0; i < count && offset + 46 <= zip.length; i++) {
      const nameLength = zip.readUInt16LE(offset + 28);
      const entryName = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
      if (entryName === name) {
        const method = zip.readUInt16LE(offset + 10);
        const size = zip.readUInt32LE(offset + 20);
        const local = zip.readUInt32LE(offset + 42);
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + size);
        if (method === 0) return data.toString('utf8');
        if (method === 8) return inflateRawSync(data).toString('utf8');
        return null;
      }
      offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    }
    return null;
  } catch {
    return null;
  }
}

function attribute(xml: string, element: string, name = 'w:val'): string | undefined {
  const match = new RegExp(`<${element}\\b[^>]*?\\s${name}="([^"]*)"`).exec(xml);
  return match?.[1];
}

function readDefinitions(numberingXml: string, stylesXml: string): Definitions {
  const definitions: Definitions = {
    nums: new Map(),
    abstracts: new Map(),
    styleLevels: new Map(),
    styleNumIds: new Map(),
  };
  for (const [, id, body] of numberingXml.matchAll(
    /<w:abstractNum\b[^>]*?w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<number, Level>();
    for (const [, ilvl, lvl] of body!.matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const level = Number(ilvl);
      levels.set(level, {
        start: Number(attribute(lvl!, 'w:start') ?? 1),
        format: attribute(lvl!, 'w:numFmt') ?? 'decimal',
        text: attribute(lvl!, 'w:lvlText') ?? '',
      });
      const style = attribute(lvl!, 'w:pStyle');
      if (style !== undefined) definitions.styleLevels.set(style, { abstractId: id!, level });
    }
    definitions.abstracts.set(id!, { levels, styleLink: attribute(body!, 'w:numStyleLink') ?? null });
  }
  for (const [, numId, body] of numberingXml.matchAll(/<w:num\b[^>]*?w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>();
    for (const [, ilvl, override] of body!.matchAll(
      /<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g,
    )) {
      const start = attribute(override!, 'w:startOverride');
      if (start !== undefined) starts.set(Number(ilvl), Number(start));
    }
    definitions.nums.set(numId!, { abstractId: attribute(body!, 'w:abstractNumId') ?? '', starts });
  }
  for (const [, styleId, body] of stylesXml.matchAll(
    /<w:style\b[^>]*?w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g,
  )) {
    const numId = attribute(body!, 'w:numId');
    if (numId !== undefined) definitions.styleNumIds.set(styleId!, numId);
  }
  return definitions;
}

/** numId -> the abstract list it draws from, following numbering-style links like mammoth. */
function resolveAbstract(definitions: Definitions, numId: string): string | null {
  const seen = new Set<string>();
  let current: string | undefined = numId;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const abstractId = definitions.nums.get(current)?.abstractId;
    const abstract = abstractId === undefined ? undefined : definitions.abstracts.get(abstractId);
    if (!abstract || abstractId === undefined) return null;
    if (!abstract.styleLink) return abstractId;
    current = definitions.styleNumIds.get(abstract.styleLink);
  }
  return null;
}

/** Numbered paragraphs of document.xml in document order, by the rules mammoth applies. */
function listNumberedParagraphs(documentXml: string, definitions: Definitions): NumberedParagraph[] {
  // mammoth reads the Fallback branch of alternate content; the Choice copy is dropped.
  const xml = documentXml.replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, '');
  const paragraphs: NumberedParagraph[] = [];
  for (const match of xml.matchAll(/<w:p(?=[\s>/])[^>]*?(\/?)>/g)) {
    if (match[1] === '/') continue;
    const after = xml.slice(match.index + match[0].length, match.index + match[0].length + 4000);
    const properties = /^\s*<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(after)?.[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(properties)?.[1] ?? '';
    const ilvl = attribute(numPr, 'w:ilvl');
    const numId = attribute(numPr, 'w:numId');
    const style = attribute(properties, 'w:pStyle');
    if (ilvl !== undefined && numId !== undefined) {
      const abstractId = resolveAbstract(definitions, numId);
      if (abstractId !== null && definitions.abstracts.get(abstractId)?.levels.has(Number(ilvl)))
        paragraphs.push({ abstractId, numId, level: Number(ilvl) });
      continue;
    }
    const byStyle = style === undefined ? undefined : definitions.styleLevels.get(style);
    if (byStyle) {
      paragraphs.push({ ...byStyle, numId: null });
      continue;
    }
    if (numId !== undefined) {
      const abstractId = resolveAbstract(definitions, numId);
      if (abstractId !== null && definitions.abstracts.get(abstractId)?.levels.has(0))
        paragraphs.push({ abstractId, numId, level: 0 });
    }
  }
  return paragraphs;
}

function toRoman(value: number): string {
  const numerals: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = Math.max(1, Math.min(3999, value));
  let result = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      result += numeral;
      rest -= amount;
    }
  }
  return result;
}

function toLetters(value: number): string {
  // Word repeats the letter after z: aa, bb, ...
  const index = (Math.max(1, value) - 1) % 26;
  return String.fromCharCode(97 + index).repeat(Math.floor((Math.max(1, value) - 1) / 26) + 1);
}

export function formatCounter(value: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return toRoman(value);
    case 'lowerRoman':
      return toRoman(value).toLowerCase();
    case 'upperLetter':
      return toLetters(value).toUpperCase();
    case 'lowerLetter':
      return toLetters(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** Labels ("II.", "1.2.", "a)") for the numbered paragraphs, in order; "-" for bullets. */
function labelParagraphs(paragraphs: NumberedParagraph[], definitions: Definitions): string[] {
  const counters = new Map<string, number[]>();
  const startedNums = new Set<string>();
  return paragraphs.map(({ abstractId, numId, level }) => {
    const levels = definitions.abstracts.get(abstractId)!.levels;
    const levelOf = (ilvl: number): Level => levels.get(ilvl) ?? { start: 1, format: 'decimal', text: '' };
    const counter = counters.get(abstractId) ?? [];
    counters.set(abstractId, counter);
    // A list that restarts numbering (startOverride) starts where it says, once.
    if (numId !== null && !startedNums.has(numId)) {
      startedNums.add(numId);
      for (const [ilvl, start] of definitions.nums.get(numId)?.starts ?? []) counter[ilvl] = start - 1;
    }
    counter[level] = (counter[level] ?? levelOf(level).start - 1) + 1;
    counter.length = level + 1;
    const own = levelOf(level);
    if (own.format === 'bullet') return '-';
    return own.text
      .replace(/%([1-9])/g, (_, digit: string) => {
        const ilvl = Number(digit) - 1;
        return formatCounter(counter[ilvl] ?? levelOf(ilvl).start, levelOf(ilvl).format);
      })
      .trim();
  });
}

/**
 * The label of every numbered paragraph of a DOCX, in document order, with its level;
 * null when the file has no numbering definitions.
 */
export function readNumberLabels(bytes: Uint8Array): Array<{ level: number; label: string }> | null {
  const numberingXml = readZipText(bytes, 'word/numbering.xml');
  const documentXml = readZipText(bytes, 'word/document.xml');
  if (!numberingXml || !documentXml) return null;
  const definitions = readDefinitions(numberingXml, readZipText(bytes, 'word/styles.xml') ?? '');
  const paragraphs = listNumberedParagraphs(documentXml, definitions);
  const labels = labelParagraphs(paragraphs, definitions);
  return paragraphs.map((paragraph, i) => ({ level: paragraph.level, label: labels[i]! }));
}
