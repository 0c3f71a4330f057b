// Lists of responsible units as plans write them: "Phòng Lao động - Thương binh và Xã
// hội chủ trì, phối hợp các Phòng, ban, ngành; Ủy ban nhân dân các xã, thị trấn và các
// đơn vị liên quan". Commas and "và" both join names ("Phòng Giáo dục và Đào tạo",
// "các phòng, ban, ngành") and separate them, so a split happens only where a new unit
// name starts.

import { foldKeepLength, squeeze } from './fold.ts';

/** Words that open a unit's name. */
const NAMED_HEAD =
  /^(phong|so|ban|uy ban|ubnd|ubmttq|mat tran|trung tam|truong|hoi|doan|van phong|co quan|cong an|chi cuc|dai|benh vien|huyen doan|tinh doan|thanh doan|lien doan|kho bac|ngan hang|bao hiem|dang uy|huyen uy|tinh uy|thu truong|chu tich|nguoi dung dau|bo|tong cuc|cuc|vien|thanh tra|hat|chi nhanh|toa an|hoi dong|ban chi dao|tram|thcs|thpt|ptdtbt|mam non|tieu hoc|cac|tung|lanh dao|cong chuc|vien chuc|can bo|giam doc|hieu truong|cong doan|thuong truc|dai bieu|thu tuong|hoi dong nhan dan|hdnd)\b/;
const GENERIC_HEAD = /^(don vi|dia phuong|co quan|doanh nghiep|co so|hop tac xa)\b/;
const GENERIC_ONLY =
  /^(cac\s+)?(phong|ban|nganh|so|co quan|don vi|dia phuong|doan the|to chuc)(\s*,\s*(phong|ban|nganh|so|co quan|don vi|dia phuong|doan the|to chuc))*(\s+(lien quan|co lien quan|huyen|tinh|xa))?$/;

/** A sentence that opens with its time: "Định kỳ hằng quý ..., X làm". */
export const TIME_ADVERBIAL =
  /^(dinh ky|hang (nam|quy|thang)|moi (nam|quy|thang)|truoc ngay|cuoi (nam|quy|thang)|dau (nam|quy))\b/;

/** Verbs that end a list of units at the start of a duty ("... tiến hành rà soát"). */
export const DUTY_VERB =
  /^(tien hanh|trien khai|thuc hien|to chuc|theo doi|tham muu|chiu trach nhiem|xay dung|phoi hop|chu tri|chu dong|co trach nhiem|ra soat|danh gia|dinh ky|thuong xuyen|kiem tra|tuyen truyen|day manh|tang cuong|phu trach|giam sat|don doc|bao cao|nghien cuu|huong dan|quan triet|cu the hoa|bo tri|lap|tong hop|de xuat|van dong|dam bao|bao dam|quan ly|cap nhat|nam bat|cung cap|ban hanh|phan bo|thong tin|tiep tuc|khan truong|nghiem tuc|theo chuc nang|theo linh vuc|trong pham vi|can cu|khi|duoc giao|la co quan|la don vi|giup|ho tro|uu tien|phat huy|tap trung|tich cuc|sau khi|lam|neu)\b/;

function startsNewUnit(piece: string, current: string, separator: string): boolean {
  const folded = foldKeepLength(piece).trim();
  const currentFolded = foldKeepLength(current).trim();
  const collective = /^(cac|tung|moi)\b/.test(currentFolded) || GENERIC_ONLY.test(currentFolded);
  // "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân" is one office serving both bodies.
  if (/^van phong (hoi dong nhan dan|hdnd)$/.test(currentFolded) && /^(uy ban nhan dan|ubnd)\b/.test(folded))
    return false;
  // "... Xã hội và Phòng, ngành": "và" before a unit word separates two units.
  if (/và/u.test(separator) && NAMED_HEAD.test(folded) && !collective) return true;
  if (GENERIC_HEAD.test(folded)) {
    return !/^(cac|tung|moi)\b/.test(currentFolded) && !GENERIC_ONLY.test(currentFolded);
  }
  if (!NAMED_HEAD.test(folded)) return false;
  if (/^(cac|tung|moi)\b/.test(folded)) return true;
  // "Ban" alone in "các Phòng, Ban, ngành" continues a collective.
  const words = folded.split(/\s+/);
  if (words.length === 1 || GENERIC_ONLY.test(folded.split(',')[0]!.trim())) {
    return !/^(cac|tung|moi)\b/.test(currentFolded) && !GENERIC_ONLY.test(currentFolded) && words.length > 1;
  }
  return true;
}

/** Splits "A, B và C; D" into unit names, keeping names that contain commas or "và". */
export function splitAgencyList(text: string): string[] {
  const result: string[] = [];
  for (const group of text.split(/\s*;\s*/)) {
    const pieces = group.split(/(\s*,\s*|\s+và\s+|\s+cùng\s+)/u);
    let current = '';
    for (let i = 0; i < pieces.length; i += 2) {
      const piece = pieces[i]!.trim();
      const separator = pieces[i - 1] ?? '';
      if (!piece) continue;
      if (current && startsNewUnit(piece, current, separator)) {
        result.push(current);
        current = piece;
      } else {
        current = current ? `${current}${separator.includes(',') ? ', ' : ` ${separator.trim()} `}${piece}` : piece;
      }
    }
    if (current) result.push(current);
  }
  return result.map((name) => cleanAgencyName(name)).filter((name) => name.length > 1);
}

export function cleanAgencyName(name: string): string {
  return squeeze(
    name
      .replace(/^(?:với|cùng|và|giao|đề nghị)\s+/iu, '')
      .replace(/[\s.,;:]+$/u, '')
      .replace(/\s*\((?:chủ trì|phối hợp)\)$/iu, ''),
  );
}

/**
 * The units named at the start of a duty, up to its verb: "Các ban, ngành huyện và Ủy
 * ban nhân dân các xã, thị trấn tiến hành rà soát ..." -> two units.
 */
export function readLeadingAgencies(sentence: string): string[] {
  let text = sentence.trim().replace(/^(?:Giao|Đề nghị|Yêu cầu)\s+(?:cho\s+)?/u, '');
  const folded = foldKeepLength(text);
  // "Định kỳ hằng quý (...), công chức Văn hóa - Xã hội tổng hợp": the unit follows the time.
  if (TIME_ADVERBIAL.test(folded)) {
    const comma = /,\s+(?=\S)/g;
    let found: RegExpExecArray | null = null;
    for (let match = comma.exec(folded); match; match = comma.exec(folded)) {
      if (NAMED_HEAD.test(folded.slice(match.index + match[0].length))) {
        found = match;
        break;
      }
    }
    if (!found) return [];
    text = text.slice(found.index + found[0].length);
  } else if (/^can cu\b/.test(folded)) {
    const comma = text.indexOf(',');
    if (comma < 0) return [];
    text = text.slice(comma + 1).trim();
  }
  const textFolded = foldKeepLength(text);
  if (!NAMED_HEAD.test(textFolded) && !GENERIC_HEAD.test(textFolded)) return [];
  const words = text.split(' ');
  let end = text.length;
  for (let i = 0; i < words.length; i++) {
    const rest = foldKeepLength(words.slice(i).join(' '));
    // Verbs are written in lower case; "Tổ chức", "Thông tin" capitalised belong to a name.
    const lowerCase = words[i]!.charAt(0) === words[i]!.charAt(0).toLowerCase();
    const previousWord = foldKeepLength(words[i - 1] ?? '');
    // "Giáo dục thường xuyên", "các tổ chức" are names and nouns, not duties.
    const insideName =
      (/^thuong xuyen/.test(rest) && /(duc|gdtx)$/.test(previousWord)) || /^(cac|nhung|moi|tung)$/.test(previousWord);
    if (i > 0 && words[i] === 'cần') {
      end = words.slice(0, i).join(' ').length;
      break;
    }
    if (i > 0 && lowerCase && !insideName && DUTY_VERB.test(rest)) {
      if (/^duoc giao\b/.test(rest)) {
        // "Các cơ quan được giao nhiệm vụ chủ trì": the qualifier belongs to the name.
        const skip = /^duoc giao( nhiem vu)?/.exec(rest)![0].split(' ').length;
        i += skip - 1;
        continue;
      }
      end = words.slice(0, i).join(' ').length;
      break;
    }
  }
  const names = text.slice(0, end).replace(/[,;:]\s*$/, '');
  if (names.length > 200) return [];
  return splitAgencyList(names);
}
