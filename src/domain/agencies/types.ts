export const agencyTypes = [
  'people_committee',
  'specialised_office',
  'centre',
  'school',
  'mass_organisation',
  'enterprise',
  'party_body',
  'other',
] as const;
export type AgencyType = (typeof agencyTypes)[number];

/** Vietnamese labels for the agency types, for messages and the UI. */
export const agencyTypeLabels: Record<AgencyType, string> = {
  people_committee: 'Ủy ban nhân dân',
  specialised_office: 'Cơ quan chuyên môn',
  centre: 'Trung tâm, đơn vị sự nghiệp',
  school: 'Trường học',
  mass_organisation: 'Mặt trận, đoàn thể',
  enterprise: 'Doanh nghiệp, ngân hàng',
  party_body: 'Cơ quan Đảng',
  other: 'Khác',
};

export type UnitLevel = 'province' | 'district' | 'commune';

/** An agency as the resolver sees it: names, place and validity. */
export interface AgencyCandidate {
  id: string;
  name: string;
  shortName: string | null;
  type: AgencyType;
  aliases: readonly string[];
  adminUnit: { id: string; name: string; level: UnitLevel };
  /** Half-open [validFrom, validTo) as 'YYYY-MM-DD'; null = unbounded. */
  validFrom: string | null;
  validTo: string | null;
  /** Bodies that took over its work after a reorganisation, each with what moved. */
  successors: ReadonlyArray<{ id: string; note: string }>;
}

export function isAgencyValidOn(agency: Pick<AgencyCandidate, 'validFrom' | 'validTo'>, date: string): boolean {
  return (agency.validFrom === null || agency.validFrom <= date) && (agency.validTo === null || date < agency.validTo);
}
