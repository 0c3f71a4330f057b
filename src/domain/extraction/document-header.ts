// The document header: number and symbol, place and date, kind and title, issuer,
// and the signer at the end.

import { foldKeepLength, isMostlyUpperCase, squeeze, toSentenceCase } from './fold.ts';
import type { SourceLine, Paragraph } from './source-document.ts';
import { toIsoDate } from './vietnamese-numbers.ts';
import type { DocumentHeader, IssuerLevel, Signer } from '../plans/plan-model.ts';
import { kindFromSymbol, KIND_WORDS } from './document-kinds.ts';

const HEAD_LINES = 40;

interface NumberLine {
  number: string | null;
  symbol: string | null;
  line: number;
  rest: string;
}

function findNumberLine(lines: SourceLine[]): NumberLine | null {
  for (const line of lines.slice(0, HEAD_LINES)) {
    if (line.kind === 'footnote') continue;
    const party = /(?:^|\s)Số\s*:?\s*(\d+)\s*-\s*([A-ZĐ][A-Za-zĐđ]*\s*\/\s*[A-ZĐ][A-Za-zĐđ&]*)/u.exec(line.text);
    if (party) {
      // Party documents write "Số 58-CTr/HU": the symbol is "CTr/HU".
      const symbol = party[2]!.replace(/\s+/g, '');
      return {
        number: `${party[1]}-${symbol}`,
        symbol,
        line: line.number,
        rest: line.text.slice(party.index + party[0].length),
      };
    }
    const match = /(?:^|\s)Số\s*:?\s*([0-9]*)\s*\/\s*([A-ZĐ][A-Za-zĐđ&-]*(?:\s*-\s*[A-ZĐ][A-Za-zĐđ&]*)*)/u.exec(
      line.text,
    );
    if (!match) continue;
    const symbol = match[2]!.replace(/\s+/g, '');
    const number = match[1] ? `${match[1]}/${symbol}` : null;
    return { number, symbol, line: line.number, rest: line.text.slice(match.index + match[0].length) };
  }
  return null;
}

interface DateLine {
  place: string | null;
  date: string | null;
  year: number | null;
  line: number;
}

function findDateLine(lines: SourceLine[]): DateLine | null {
  for (const line of lines.slice(0, HEAD_LINES)) {
    if (line.kind === 'footnote') continue;
    const match =
      /(?:^|[\s,])ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu.exec(line.text) ??
      /(?:^|[\s,])ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu.exec(line.text);
    if (!match) continue;
    let before = line.text.slice(0, match.index);
    const numberEnd =
      /Số\s*:?\s*[0-9]*\s*(?:-\s*[A-ZĐ][A-Za-zĐđ]*\s*)?\/\s*[A-ZĐ][A-Za-zĐđ&-]*(?:\s*-\s*[A-ZĐ][A-Za-zĐđ&]*)*/u.exec(
        before,
      );
    if (numberEnd) before = before.slice(numberEnd.index + numberEnd[0].length);
    // A header read from a Word table arrives as one row: keep the last cell, drop the motto.
    before = (before.split(/\s\|\s/).pop() ?? before)
      .replace(/CỘNG HO?ÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM/giu, '')
      .replace(/Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc/iu, '')
      .replace(/^[\s_-]+/, '');
    const place = squeeze(before.replace(/,\s*$/, '').replace(/^[|\s]+|[|\s]+$/g, '')) || null;
    const year = Number(match[3]);
    const date = match[1] && match[2] ? toIsoDate(Number(match[1]), Number(match[2]), year) : null;
    return { place, date, year, line: line.number };
  }
  return null;
}

interface TitleInfo {
  kind: string | null;
  title: string | null;
  line: number | null;
}

function findTitle(paragraphs: Paragraph[]): TitleInfo {
  for (let i = 0; i < Math.min(paragraphs.length, 25); i++) {
    const text = paragraphs[i]!.text;
    const folded = foldKeepLength(text)
      .replace(/[^a-z ]/g, '')
      .trim();
    const kind = KIND_WORDS.find((entry) => folded === entry.folded || folded.startsWith(`${entry.folded} `));
    if (!kind || !isMostlyUpperCase(text.slice(0, kind.folded.length + 2))) continue;
    let rest = squeeze(text.slice(kind.folded.length).replace(/^\s*HÀNH ĐỘNG(?!\p{L})/u, ''));
    let titleLine = paragraphs[i]!.line;
    if (rest.length < 4) {
      const next = paragraphs[i + 1];
      if (!next) return { kind: kind.code, title: null, line: null };
      rest = next.text;
      titleLine = next.line;
    }
    let title = squeeze(rest.replace(/^[-–:]\s*/, ''));
    // A title set in capitals breaks into one paragraph per line; gather the lines back.
    let nextIndex = paragraphs.findIndex((p) => p.line === titleLine) + 1;
    while (isMostlyUpperCase(title) && nextIndex > 0 && nextIndex < paragraphs.length) {
      const next = paragraphs[nextIndex]!.text;
      if (
        !isMostlyUpperCase(next) ||
        /^([IVX]+|\d+)[.)]\s/u.test(next) ||
        /^(CĂN CỨ|THỰC HIỆN|NƠI NHẬN|HỘI ĐỒNG|ỦY BAN|UỶ BAN|CHỦ TỊCH|KHÓA|KHOÁ|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|QUYẾT NGHỊ|QUYẾT ĐỊNH)/u.test(
          next,
        )
      )
        break;
      title = `${title} ${next}`;
      nextIndex++;
    }
    return { kind: kind.code, title: isMostlyUpperCase(title) ? toSentenceCase(title) : title, line: titleLine };
  }
  return { kind: null, title: null, line: null };
}

const LEVEL_WORDS: Array<{ pattern: RegExp; level: IssuerLevel; word: string }> = [
  { pattern: /^tinh\b/, level: 'province', word: 'tỉnh' },
  { pattern: /^thanh pho\b/, level: 'province', word: 'thành phố' },
  { pattern: /^(huyen|quan|thi xa)\b/, level: 'district', word: 'huyện' },
  { pattern: /^(xa|phuong|thi tran|dac khu)\b/, level: 'commune', word: 'xã' },
];

const ISSUER_BODY =
  /(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/g;

const CENTRAL_CITIES = /^thanh pho\s+(ha noi|ho chi minh|hai phong|da nang|can tho|hue)\b/;

function levelOf(foldedWord: string): IssuerLevel | null {
  if (/^thanh pho\s+\S/.test(foldedWord)) return CENTRAL_CITIES.test(foldedWord) ? 'province' : 'district';
  return LEVEL_WORDS.find((entry) => entry.pattern.test(foldedWord))?.level ?? null;
}

/** Ủy ban nhân dân huyện X: from the header, else from how the text names its own body. */
function findIssuer(
  lines: SourceLine[],
  paragraphs: Paragraph[],
  place: string | null,
): { issuer: string | null; level: IssuerLevel | null } {
  const fromHeader = readHeaderIssuer(lines);
  if (fromHeader) return fromHeader;
  // Count how the text refers to its own body ("Ủy ban nhân dân huyện ban hành", "UBND xã Thanh Thủy").
  const counts = new Map<IssuerLevel, number>();
  let ownName: string | null = null;
  for (const paragraph of paragraphs) {
    const folded = foldKeepLength(paragraph.text);
    for (const match of folded.matchAll(ISSUER_BODY)) {
      const before = folded.slice(Math.max(0, match.index - 6), match.index);
      if (/cac\s*$/.test(before)) continue;
      const level = levelOf(match[2]!);
      if (!level) continue;
      const after = folded.slice(match.index + match[0].length, match.index + match[0].length + 40);
      if (/^\s*cac\b/.test(after)) continue;
      const own =
        /^\s*(xay dung|ban hanh|trien khai|to chuc)/.test(after) ||
        /^\s*[a-z ]{0,25}(xay dung|ban hanh) ke hoach/.test(after);
      counts.set(level, (counts.get(level) ?? 0) + (own ? 5 : 1));
      if (own && !ownName && place) {
        const named = after.trim().startsWith(foldKeepLength(place).trim());
        if (named) ownName = place;
      }
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const level = ranked[0]?.[0] ?? null;
  if (!level) return { issuer: null, level: null };
  const word = LEVEL_WORDS.find((entry) => entry.level === level)!.word;
  const name = findOwnUnitName(paragraphs, word, place) ?? place;
  return { issuer: name ? `Ủy ban nhân dân ${word} ${name}` : `Ủy ban nhân dân ${word}`, level };
}

const BODY_LINE = /^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)$/;

/** The issuing body from the header's left column ("UBND TỈNH VĨNH LONG / SỞ GIÁO DỤC VÀ ĐÀO TẠO"). */
function readHeaderIssuer(lines: SourceLine[]): { issuer: string; level: IssuerLevel | null } | null {
  const head: string[] = [];
  for (const line of lines.slice(0, 14)) {
    if (!line.text || line.kind === 'footnote') continue;
    if (/^(KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|ĐỀ ÁN|CHỈ THỊ)\b/u.test(line.text)) break;
    // A header read from a table: the issuer is the left cell.
    const source = line.cells ? (line.cells.find((cell) => cell.length > 0) ?? '') : line.text;
    const text = source
      .replace(
        /ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc/giu,
        '',
      )
      .replace(/Số\s*:?.*$/iu, '')
      .replace(/[-_]{3,}/g, '')
      .trim();
    if (text.length < 3 || !isMostlyUpperCase(text) || /ngày.*tháng.*năm/iu.test(text)) continue;
    const previous = head.at(-1);
    if (previous && BODY_LINE.test(foldKeepLength(previous))) head[head.length - 1] = `${previous} ${text}`;
    else head.push(text);
  }
  const issuerLine = head.at(-1);
  if (!issuerLine) return null;
  const folded = foldKeepLength(issuerLine);
  const body =
    /^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/.exec(
      folded,
    );
  if (body)
    return {
      issuer: toIssuerName(issuerLine.replace(/^UBND/u, 'ỦY BAN NHÂN DÂN').replace(/^HĐND/u, 'HỘI ĐỒNG NHÂN DÂN')),
      level: levelOf(folded.slice(body.index + body[0].length - body[2]!.length)),
    };
  // Party committees: "HUYỆN ỦY NÚI THÀNH" -> "Huyện ủy Núi Thành".
  const party = /^(tinh|thanh|huyen|quan|thi|dang) (uy|u y)\b/.exec(folded.replace(/ủy|uỷ/giu, 'uy'));
  if (party || /^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+(ỦY|UỶ)(?!\p{L})/u.test(issuerLine)) {
    const words = issuerLine.toLocaleLowerCase('vi').split(' ');
    const capitalise = (word: string): string => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
    const nameStart = /^(đảng)$/u.test(words[0] ?? '')
      ? 2 + (/^(xã|phường|thị)$/u.test(words[2] ?? '') ? (words[2] === 'thị' ? 2 : 1) : 0)
      : 2;
    const issuer = words.map((word, i) => (i === 0 || i >= nameStart ? capitalise(word) : word)).join(' ');
    const level: IssuerLevel | null = /^(tỉnh|thành)/u.test(words[0] ?? '')
      ? 'province'
      : /^(huyện|quận|thị)/u.test(words[0] ?? '')
        ? 'district'
        : /^(xã|phường|thị)/u.test(words[2] ?? '')
          ? 'commune'
          : null;
    return { issuer, level };
  }
  const parent = head.length > 1 ? foldKeepLength(head[head.length - 2]!) : '';
  const levelWord =
    /\b(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/.exec(parent) ??
    /\b(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/.exec(folded);
  const level = levelWord ? levelOf(levelWord[1]!) : /^(so|ban|cuc)\b/.test(folded) ? 'province' : null;
  return { issuer: toAgencyName(issuerLine), level };
}

/** "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" -> "Sở Lao động - Thương binh và Xã hội". */
function toAgencyName(caps: string): string {
  const words = caps.toLocaleLowerCase('vi').split(' ');
  const capitalise = (word: string): string => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
  return words.map((word, i) => (i <= 1 || /^(và|-|–)$/u.test(words[i - 1] ?? '') ? capitalise(word) : word)).join(' ');
}

/** "huyện Ngọc Hồi" as the text writes it, when it matches the place written in the header. */
function findOwnUnitName(paragraphs: Paragraph[], word: string, place: string | null): string | null {
  if (!place) return null;
  const placeFolded = foldKeepLength(place).trim();
  const wordFolded = foldKeepLength(word);
  for (const paragraph of paragraphs) {
    const folded = foldKeepLength(paragraph.text);
    let index = folded.indexOf(`${wordFolded} ${placeFolded}`);
    if (index < 0) continue;
    index += wordFolded.length + 1;
    return paragraph.text.slice(index, index + place.length);
  }
  return null;
}

function toIssuerName(caps: string): string {
  const words = caps.toLocaleLowerCase('vi').split(' ');
  const capitalise = (word: string): string => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
  // Keep the unit's own name capitalised: "ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI" -> "Ủy ban nhân dân huyện Tháp Mười".
  let nameStart = words.length;
  for (let i = 1; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    if (/^(thành phố|thị xã|thị trấn|đặc khu)$/u.test(pair)) {
      nameStart = i + 2;
      break;
    }
    if (/^(tỉnh|huyện|quận|xã|phường)$/u.test(words[i]!)) {
      nameStart = i + 1;
      break;
    }
  }
  return words.map((word, i) => (i === 0 || i >= nameStart ? capitalise(word) : word)).join(' ');
}

const SIGNER_TITLE =
  /^(?:KT\.|TM\.|TL\.|Q\.|TUQ\.)?\s*((?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG PHÒNG|TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|THỦ TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|BỘ TRƯỞNG|THỨ TRƯỞNG|HIỆU TRƯỞNG|PHÓ HIỆU TRƯỞNG))\s*$/u;

/** "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch". */
function toRoleTitle(caps: string): string {
  const title = toSentenceCase(caps);
  return title.replace(/^Phó (\p{Ll})/u, (_m, first: string) => `Phó ${first.toLocaleUpperCase('vi')}`);
}

function findSigner(lines: SourceLine[]): Signer | null {
  const texts = lines.filter((l) => l.kind === 'text');
  let titleIndex = -1;
  let title: string | null = null;
  for (let i = texts.length - 1; i >= 0; i--) {
    const match = SIGNER_TITLE.exec(texts[i]!.text);
    if (match && !/^(KT|TM)\./u.test(texts[i]!.text)) {
      titleIndex = i;
      title = toRoleTitle(match[1]!);
      break;
    }
    if (match && titleIndex < 0) {
      titleIndex = i;
      title = toRoleTitle(match[1]!);
    }
  }
  if (titleIndex < 0) return findSignerInOneLine(lines);
  for (let i = titleIndex + 1; i < Math.min(texts.length, titleIndex + 12); i++) {
    const written = texts[i]!.text.replace(/^\(?(đã ký|ký|chữ ký)[^)]*\)?/iu, '').trim();
    const candidate =
      isMostlyUpperCase(written) &&
      written.split(' ').length <= 6 &&
      !SIGNER_TITLE.test(written) &&
      !/^(TM|KT|TL|Q)\./u.test(written)
        ? written
            .toLocaleLowerCase('vi')
            .replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'))
        : written;
    if (isPersonName(candidate)) return { name: candidate, title };
  }
  return null;
}

const ROLE = String.raw`(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG PHÒNG|TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG|HIỆU TRƯỞNG|THỦ TRƯỞNG)`;
const SIGNATURE_IN_LINE = new RegExp(
  String.raw`(?:^|\s)(${ROLE})\s+(?:\([^)]*\)\s*)?(\p{Lu}[\p{Ll}'’]*(?:\s+\p{Lu}[\p{Ll}'’]*){1,5})\s*$`,
  'u',
);

/** A signature laid out in a Word table or flattened onto one line: "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Phạm Quốc Dũng". */
function findSignerInOneLine(lines: SourceLine[]): Signer | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    for (const cell of [...(line.cells ?? [line.text])].reverse()) {
      const match = SIGNATURE_IN_LINE.exec(cell.trim());
      if (match && isPersonName(match[2]!)) return { name: match[2]!, title: toRoleTitle(match[1]!) };
    }
  }
  return null;
}

function isPersonName(text: string): boolean {
  if (text.length < 3 || text.length > 40) return false;
  const words = text.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((word) => /^\p{Lu}[\p{Ll}'’]*$/u.test(word))) return false;
  return !/^(Nơi|Lưu|Như|Kèm|Phụ)/u.test(text);
}

export function extractDocumentHeader(lines: SourceLine[], paragraphs: Paragraph[]): DocumentHeader {
  const numberLine = findNumberLine(lines);
  const dateLine = findDateLine(lines);
  const titleInfo = findTitle(paragraphs);
  const symbol = numberLine?.symbol ?? null;
  const kind = titleInfo.kind ?? (symbol ? kindFromSymbol(symbol) : null);
  const { issuer, level } = findIssuer(lines, paragraphs, dateLine?.place ?? null);
  return {
    kind,
    number: numberLine?.number ?? null,
    symbol,
    issuer,
    issuerLevel: level,
    place: dateLine?.place ?? null,
    date: dateLine?.date ?? null,
    year: dateLine?.year ?? null,
    title: titleInfo.title,
    signer: findSigner(lines),
    lines: {
      ...(numberLine ? { number: numberLine.line } : {}),
      ...(dateLine ? { date: dateLine.line } : {}),
      ...(titleInfo.line ? { title: titleInfo.line } : {}),
    },
  };
}
