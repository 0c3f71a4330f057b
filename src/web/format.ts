import type { Translate } from './i18n/i18n-context.tsx';
import { type FormatLanguage, formatLanguage, setFormatLanguage } from './i18n/format-language.ts';
import type { MessageKey } from './i18n/vi.ts';
import type { AgencyType, Role, UnitLevel } from './api/types.ts';

const numberFormats: Record<FormatLanguage, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-GB'),
};

export { setFormatLanguage };

export function formatNumber(value: number, language: FormatLanguage = formatLanguage()): string {
  return numberFormats[language].format(value);
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/** dd/mm/yyyy in both languages (the form official documents use), in the browser's time zone. */
function dayOf(date: Date): string {
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** 'YYYY-MM-DD' (or an ISO timestamp) → dd/mm/yyyy, without time-zone shifts for plain dates. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dayOf(date);
}

/** dd/mm/yyyy hh:mm:ss (24 hours) in both languages. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${dayOf(date)} ${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;
}

/** Today in the browser's calendar as 'YYYY-MM-DD' (the API's asOf format). */
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The last day of the old map: districts ended on 1 July 2025. */
export const beforeReformDate = '2025-06-30';

const roleKeys: Record<Role, MessageKey> = {
  admin: 'roleAdmin',
  planner: 'rolePlanner',
  reporter: 'roleReporter',
  viewer: 'roleViewer',
};

const levelKeys: Record<UnitLevel | 'village', MessageKey> = {
  province: 'levelProvince',
  district: 'levelDistrict',
  commune: 'levelCommune',
  village: 'levelVillage',
};

const agencyTypeKeys: Record<AgencyType, MessageKey> = {
  people_committee: 'agencyTypePeopleCommittee',
  specialised_office: 'agencyTypeSpecialisedOffice',
  centre: 'agencyTypeCentre',
  school: 'agencyTypeSchool',
  mass_organisation: 'agencyTypeMassOrganisation',
  enterprise: 'agencyTypeEnterprise',
  party_body: 'agencyTypePartyBody',
  other: 'agencyTypeOther',
};

export function labelRole(t: Translate, role: string): string {
  const key = roleKeys[role as Role];
  return key ? t(key) : role;
}

export function labelLevel(t: Translate, level: string): string {
  const key = levelKeys[level as UnitLevel];
  return key ? t(key) : level;
}

// The words a unit's name starts with, and what kind of unit they make it.
const unitTypePrefixes: [string, MessageKey][] = [
  ['thị trấn', 'unitTypeTownship'],
  ['thị xã', 'unitTypeTown'],
  ['thành phố', 'unitTypeCity'],
  ['đặc khu', 'unitTypeSpecialZone'],
  ['tỉnh', 'unitTypeProvince'],
  ['huyện', 'unitTypeDistrict'],
  ['quận', 'unitTypeUrbanDistrict'],
  ['phường', 'unitTypeWard'],
  ['xã', 'unitTypeCommune'],
];

/** The day the two-tier map began: communes before it include townships (thị trấn). */
const reformDate = '2025-07-01';

/**
 * A unit's own kind as it was while it existed: "Thị trấn" for an old township, not the
 * post-reform "Xã, phường, đặc khu"; from the name's first words, else by level and period.
 */
export function labelUnitKind(
  t: Translate,
  unit: { name: string; level: string; validTo?: string | null | undefined },
): string {
  const name = unit.name.normalize('NFC').toLocaleLowerCase('vi');
  for (const [prefix, key] of unitTypePrefixes) if (name.startsWith(`${prefix} `)) return t(key);
  if (unit.level === 'commune' && unit.validTo != null && unit.validTo <= reformDate)
    return t('levelCommuneBeforeReform');
  return labelLevel(t, unit.level);
}

export function labelAgencyType(t: Translate, type: string): string {
  const key = agencyTypeKeys[type as AgencyType];
  return key ? t(key) : type;
}

/** Succession kinds come from the server as words like 'merge', 'merged_into', 'split'. */
export function labelSuccessionKind(t: Translate, kind: string): string {
  if (/merg/i.test(kind)) return t('unitKindMerge');
  if (/split/i.test(kind)) return t('unitKindSplit');
  if (/renam/i.test(kind)) return t('unitKindRename');
  return kind;
}

export function describeValidity(t: Translate, from: string | null, to: string | null): string {
  if (from && to) return t('unitValidFromTo', { from: formatDate(from), to: formatDate(to) });
  if (from) return t('unitValidFrom', { from: formatDate(from) });
  if (to) return t('unitValidTo', { to: formatDate(to) });
  return t('unitValidAlways');
}
