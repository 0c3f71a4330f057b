// Who a task falls to: each lead/support mention of a task becomes assignments. A mention
// resolved to one agency is that agency; a mention naming a set of bodies ("UBND các xã,
// phường", "các phòng, ban, ngành", "các trường THCS") fans out to every member of the set in
// the plan's area on today's map, so a commune sees the tasks of district and province plans
// that fall to it. What cannot be placed stays as one unassigned row with the reason, so that
// the board shows it instead of silently dropping it. Groups are recognised by rules (data).
import type { AgencyType } from '../agencies/types.ts';
import { foldDiacritics } from '../text/fold-diacritics.ts';

export type AssignmentRole = 'lead' | 'support';
/** How an assignment was derived: a named agency, a group rule, or nothing found. */
export const derivations = [
  'agency',
  'communes',
  'departments',
  'schools',
  'mass_organisations',
  'unassigned',
] as const;
export type Derivation = (typeof derivations)[number];

export interface AgencyMentionInput {
  role: AssignmentRole;
  text: string;
  agencyId: string | null;
}

export interface UnitOnMap {
  id: string;
  name: string;
}

export interface AgencyOnMap {
  id: string;
  name: string;
  type: AgencyType;
  adminUnitId: string;
}

/** The plan's area as of today, what group rules pick from. */
export interface FanOutArea {
  /** Units that stand for the plan's unit today: itself while it exists, else what carries it on. */
  seats: readonly UnitOnMap[];
  /** Communes and wards of the area today (a commune plan: the commune itself). */
  communes: readonly UnitOnMap[];
  /** Agencies valid today at the seats and the communes. */
  agencies: readonly AgencyOnMap[];
  /** Unit of each agency a mention was resolved to (whatever its date). */
  agencyUnits: ReadonlyMap<string, string>;
}

export interface Assignment {
  role: AssignmentRole;
  agencyId: string | null;
  /** The unit it falls to: the agency's unit, or the commune for a commune fan-out. */
  adminUnitId: string | null;
  derivation: Derivation;
  /** The mention as the document wrote it. */
  mentionText: string;
  /** Why nobody was found (Vietnamese), or null. */
  reason: string | null;
}

interface GroupRule {
  derivation: Exclude<Derivation, 'agency' | 'unassigned'>;
  /** Tested against the folded, abbreviation-expanded mention. */
  pattern: RegExp;
  /** The group's members in the area, given the folded mention. */
  members: (area: FanOutArea, folded: string) => Array<{ agencyId: string | null; adminUnitId: string }>;
  /** The group's name in a reason. */
  label: string;
}

const isAt = (unitIds: ReadonlySet<string>) => (agency: AgencyOnMap) => unitIds.has(agency.adminUnitId);
const idsOf = (units: readonly UnitOnMap[]) => new Set(units.map((unit) => unit.id));
const areaUnitIds = (area: FanOutArea) => new Set([...idsOf(area.seats), ...idsOf(area.communes)]);

/** School levels a mention may narrow to ("các trường THCS"), folded as names read. */
const schoolLevels: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/trung hoc co so/, /trung hoc co so|thcs/],
  [/trung hoc pho thong/, /trung hoc pho thong|thpt/],
  [/tieu hoc/, /tieu hoc/],
  [/mam non|mau giao/, /mam non|mau giao/],
];

/** The group rules, tried in turn on every unresolved mention; one mention may match several. */
export const groupRules: readonly GroupRule[] = [
  {
    derivation: 'communes',
    pattern: /\bcac (?:xa|phuong|thi tran|dac khu)\b/,
    label: 'các xã, phường',
    members: (area) =>
      area.communes.map((commune) => ({
        agencyId:
          area.agencies.find((agency) => agency.adminUnitId === commune.id && agency.type === 'people_committee')?.id ??
          null,
        adminUnitId: commune.id,
      })),
  },
  {
    derivation: 'departments',
    pattern: /\bcac (?:phong|so|ban|nganh|co quan chuyen mon)\b/,
    label: 'các phòng, ban, ngành',
    members: (area) =>
      area.agencies
        .filter(isAt(idsOf(area.seats)))
        .filter((agency) => agency.type === 'specialised_office')
        .map((agency) => ({ agencyId: agency.id, adminUnitId: agency.adminUnitId })),
  },
  {
    derivation: 'schools',
    pattern: /\bcac (?:truong|co so giao duc)\b/,
    label: 'các trường',
    members: (area, folded) => {
      const level = schoolLevels.find(([mentioned]) => mentioned.test(folded));
      return area.agencies
        .filter(isAt(areaUnitIds(area)))
        .filter((agency) => agency.type === 'school')
        .filter((agency) => !level || level[1].test(foldName(agency.name)))
        .map((agency) => ({ agencyId: agency.id, adminUnitId: agency.adminUnitId }));
    },
  },
  {
    derivation: 'mass_organisations',
    pattern: /\bcac (?:hoi|doan the|to chuc chinh tri)\b/,
    label: 'các hội, đoàn thể',
    members: (area) =>
      area.agencies
        .filter(isAt(areaUnitIds(area)))
        .filter((agency) => agency.type === 'mass_organisation')
        .map((agency) => ({ agencyId: agency.id, adminUnitId: agency.adminUnitId })),
  },
];

/** Folded lower-case text with the abbreviations plans use for groups spelled out. */
export function foldName(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .replace(/\bthcs\b/g, 'trung hoc co so')
    .replace(/\bthpt\b/g, 'trung hoc pho thong')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const unassigned = (mention: AgencyMentionInput, reason: string): Assignment => ({
  role: mention.role,
  agencyId: null,
  adminUnitId: null,
  derivation: 'unassigned',
  mentionText: mention.text,
  reason,
});

/** The assignments one mention gives. */
export function fanOutMention(mention: AgencyMentionInput, area: FanOutArea): Assignment[] {
  if (mention.agencyId !== null)
    return [
      {
        role: mention.role,
        agencyId: mention.agencyId,
        adminUnitId: area.agencyUnits.get(mention.agencyId) ?? null,
        derivation: 'agency',
        mentionText: mention.text,
        reason: null,
      },
    ];
  const folded = foldName(mention.text);
  const matched = groupRules.filter((rule) => rule.pattern.test(folded));
  if (matched.length === 0)
    return [unassigned(mention, 'Chưa khớp với cơ quan nào trong danh mục; người lập kế hoạch cần chọn cơ quan.')];
  const assignments: Assignment[] = [];
  for (const rule of matched) {
    const members = rule.members(area, folded);
    if (members.length === 0) {
      assignments.push(
        unassigned(mention, `Danh mục chưa có cơ quan nào thuộc nhóm “${rule.label}” trên địa bàn kế hoạch.`),
      );
      continue;
    }
    for (const member of members)
      assignments.push({
        role: mention.role,
        agencyId: member.agencyId,
        adminUnitId: member.adminUnitId,
        derivation: rule.derivation,
        mentionText: mention.text,
        reason: null,
      });
  }
  return assignments;
}

/** Who an assignment's reports are filed under: the agency id, or `unit:<commune id>`. */
export const holderKeyOf = (assignment: Pick<Assignment, 'agencyId' | 'adminUnitId'>) =>
  assignment.agencyId ?? (assignment.adminUnitId ? `unit:${assignment.adminUnitId}` : null);

/**
 * Every assignment of a task: leads first, each agency or commune once (a body named as lead
 * and as support is the lead), unassigned rows kept as they are.
 */
export function fanOutTask(mentions: readonly AgencyMentionInput[], area: FanOutArea): Assignment[] {
  const ordered = [...mentions.filter((m) => m.role === 'lead'), ...mentions.filter((m) => m.role === 'support')];
  const seen = new Set<string>();
  const result: Assignment[] = [];
  for (const mention of ordered)
    for (const assignment of fanOutMention(mention, area)) {
      const key = holderKeyOf(assignment);
      if (key !== null) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      result.push(assignment);
    }
  return result;
}
