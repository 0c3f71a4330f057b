import { foldDiacritics } from '../text/fold-diacritics.ts';

export type LevelHint = 'province' | 'district' | 'commune';

export interface NormalisedAgencyName {
  /** Folded, abbreviation-expanded tokens of the body itself, without the locality. */
  tokens: string[];
  /** The level word that followed the body ("huyện", "xã", "tỉnh"), if any. */
  levelHint: LevelHint | null;
  /** Place-name tokens that followed the level word ("thap muoi"). */
  placeTokens: string[];
  /** True for plural references ("UBND các xã, thị trấn", "các phòng, ban"), which name no single body. */
  collective: boolean;
}

/**
 * Abbreviations as plans write them, applied to folded text (so "LĐ-TB&XH" arrives as
 * "ld-tb&xh"). Order matters: compound forms first so "gdnn-gdtx" is not read as "gd".
 */
const abbreviations: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bld\s*-?\s*tb\s*(?:&|va)?\s*-?\s*xh\b/g, ' lao dong thuong binh va xa hoi '],
  [/\bgdnn\s*-?\s*gdtx\b/g, ' giao duc nghe nghiep giao duc thuong xuyen '],
  [/\bgdnn\b/g, ' giao duc nghe nghiep '],
  [/\bgdtx\b/g, ' giao duc thuong xuyen '],
  [/\bgd\s*(?:&|va|-)?\s*dt\b/g, ' giao duc va dao tao '],
  [/\bnn\s*(?:&|va|-)?\s*ptnt\b/g, ' nong nghiep va phat trien nong thon '],
  [/\bptnt\b/g, ' phat trien nong thon '],
  [/\btn\s*(?:&|va|-)?\s*mt\b/g, ' tai nguyen va moi truong '],
  [/\bkt\s*(?:&|va|-)\s*ht\b/g, ' kinh te va ha tang '],
  [/\bktht\b/g, ' kinh te va ha tang '],
  [/\btc\s*(?:&|va|-)?\s*kh\b/g, ' tai chinh ke hoach '],
  [/\bvh\s*(?:&|va|-)?\s*tt\s*(?:&|va|-)?\s*tt\b/g, ' van hoa thong tin va the thao '],
  [/\bvh\s*(?:&|va|-)?\s*tt\b/g, ' van hoa thong tin '],
  [/\bvh\s*(?:&|va|-)?\s*xh\b/g, ' van hoa xa hoi '],
  [/\bubmttq\b/g, ' uy ban mat tran to quoc '],
  [/\bmttq\b/g, ' mat tran to quoc '],
  [/\bubnd\b/g, ' uy ban nhan dan '],
  [/\bhdnd\b/g, ' hoi dong nhan dan '],
  [/\bub\b/g, ' uy ban '],
  [/\bdtn\b/g, ' doan thanh nien '],
  [/\btncs\b/g, ' thanh nien cong san '],
  [/\blhpn\b/g, ' lien hiep phu nu '],
  [/\bccb\b/g, ' cuu chien binh '],
  [/\bhnd\b/g, ' hoi nong dan '],
  [/\bnhcsxh\b/g, ' ngan hang chinh sach xa hoi '],
  [/\bttyt\b/g, ' trung tam y te '],
  [/\bbch\b/g, ' ban chi huy '],
  [/\bbcd\b/g, ' ban chi dao '],
  [/\bqs\b/g, ' quan su '],
  [/\bptdtbt\b/g, ' pho thong dan toc ban tru '],
  [/\bptdtnt\b/g, ' pho thong dan toc noi tru '],
  [/\bthcs\b/g, ' trung hoc co so '],
  [/\bthpt\b/g, ' trung hoc pho thong '],
  [/\bvp\b/g, ' van phong '],
  [/\bpct\b/g, ' pho chu tich '],
  [/\bvn\b/g, ' viet nam '],
];

/** Words that carry no meaning for telling bodies apart. */
const stopWords = new Set(['va', 'cua', 'thuoc', 'truc']);

/** Titles of a body's leaders: "Chủ tịch UBND huyện" addresses the committee itself. */
const leadingTitles =
  /^(?:(?:cac|dong chi|lanh dao)\s+)?(?:pho chu tich|chu tich|ct)(?:\s+(?:cac\s+)?pho chu tich)?\s+(?=uy ban|hoi dong)/;

/** Words after "các" that make a phrase plural (a set of bodies, not one). */
const pluralHeads = new Set([
  'xa',
  'phuong',
  'thi',
  'huyen',
  'tinh',
  'phong',
  'ban',
  'nganh',
  'truong',
  'don',
  'co',
  'so',
  'hoi',
  'doan',
  'dia',
  'trung',
  'to',
  'uy',
  'thon',
  'ap',
]);

/**
 * Level words that introduce a locality. Each needs a guard against the same letters in
 * a body's own name: "xã hội", "Huyện Đoàn", "Huyện ủy", "quân sự", "cơ quan".
 */
function levelAt(tokens: readonly string[], index: number): { level: LevelHint; width: number } | null {
  const word = tokens[index];
  const next = tokens[index + 1];
  if (word === 'huyen' && next !== 'uy' && next !== 'doan') return { level: 'district', width: 1 };
  if (word === 'tinh' && next !== 'uy' && next !== 'doan') return { level: 'province', width: 1 };
  if (word === 'xa' && next !== 'hoi' && next !== 'uy' && next !== 'doan') return { level: 'commune', width: 1 };
  if (word === 'phuong' && next !== 'tien' && next !== 'uy' && index > 0 && tokens[index - 1] !== 'van')
    return { level: 'commune', width: 1 };
  if (word === 'dac' && next === 'khu') return { level: 'commune', width: 2 };
  if (word === 'thi' && next === 'tran') return { level: 'commune', width: 2 };
  if (word === 'thi' && next === 'xa') return { level: 'district', width: 2 };
  if (word === 'thanh' && next === 'pho') return { level: 'district', width: 2 };
  if (word === 'quan' && index > 0 && tokens[index - 1] !== 'co' && next !== 'su' && next !== 'doi' && next !== 'ly') {
    return { level: 'district', width: 1 };
  }
  return null;
}

/** Folds and expands abbreviations, leaving a plain space-separated word string. */
export function expandAgencyText(text: string): string {
  let folded = foldDiacritics(text).replace(/[–—−]/g, '-');
  for (const [pattern, expansion] of abbreviations) folded = folded.replace(pattern, expansion);
  return folded
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Reduces an agency name as officials write it to comparable tokens: diacritics and case
 * folded, abbreviations expanded, the locality ("huyện Tháp Mười", "xã") split off.
 */
export function normaliseAgencyName(text: string): NormalisedAgencyName {
  const expanded = expandAgencyText(text).replace(leadingTitles, '');
  const words = expanded.split(' ').filter((word) => word.length > 0);
  let collective = false;
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i] === 'cac' && pluralHeads.has(words[i + 1] ?? '')) collective = true;
  }
  const body: string[] = [];
  let levelHint: LevelHint | null = null;
  let placeTokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // A level word at the very start is the body's own name ("Huyện Đoàn", "Thị xã ...").
    const level = i > 0 ? levelAt(words, i) : null;
    if (level) {
      levelHint = level.level;
      placeTokens = words.slice(i + level.width).filter((word) => !stopWords.has(word) && word !== 'cac');
      break;
    }
    const word = words[i] ?? '';
    if (!stopWords.has(word) && word !== 'cac') body.push(word);
  }
  return { tokens: body, levelHint, placeTokens, collective };
}
