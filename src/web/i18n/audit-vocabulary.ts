// What the audit log's internal codes mean to a reader: actions, entity types, the fields of
// the snapshots and a few coded values, in Vietnamese (the source) and English. The server's
// recordAudit calls decide the codes; audit-vocabulary.test.ts fails when one is missing here.
import type { FormatLanguage } from './format-language.ts';

const viActions = {
  create: 'Tạo mới',
  update: 'Cập nhật',
  delete: 'Xóa',
  import: 'Nạp dữ liệu',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  login_failed: 'Đăng nhập không thành công',
  password_change: 'Đổi mật khẩu',
  confirm: 'Xác nhận thành kế hoạch',
};

const viEntities = {
  user: 'Người dùng',
  agency: 'Cơ quan, đơn vị',
  plan: 'Kế hoạch',
  plan_draft: 'Bản nháp kế hoạch',
  admin_units: 'Danh mục đơn vị hành chính',
  data_values: 'Số liệu',
  reporting_calendar: 'Lịch báo cáo',
  plan_report: 'Báo cáo kết quả thực hiện kế hoạch',
};

const viFields = {
  id: 'Mã',
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
  role: 'Vai trò',
  agencyId: 'Cơ quan',
  active: 'Đang hoạt động',
  passwordChanged: 'Đã đổi mật khẩu',
  endedSessions: 'Số phiên đã kết thúc',
  ip: 'Địa chỉ IP',
  reason: 'Lý do',
  name: 'Tên',
  shortName: 'Tên viết tắt',
  type: 'Loại',
  aliases: 'Tên gọi khác',
  validFrom: 'Hiệu lực từ',
  validTo: 'Hiệu lực đến trước',
  adminUnitId: 'Đơn vị hành chính',
  changes: 'Các ô số liệu đã thay đổi',
  number: 'Số, ký hiệu',
  title: 'Trích yếu',
  fileName: 'Tên tệp',
  fileId: 'Mã tệp',
  sha256: 'Mã băm SHA-256',
  planId: 'Kế hoạch',
  counts: 'Số mục',
  inserted: 'Đã thêm',
  successionsAdded: 'Số quan hệ kế thừa đã thêm',
  skippedMissingUnit: 'Bỏ qua (thiếu đơn vị)',
  skipped: 'Bỏ qua',
  units: 'Số đơn vị',
  currentProvinces: 'Tỉnh, thành phố hiện nay',
  currentCommunes: 'Xã, phường, đặc khu hiện nay',
  oldProvinces: 'Tỉnh cũ',
  oldDistricts: 'Huyện cũ',
  oldCommunes: 'Xã cũ',
  successions: 'Quan hệ kế thừa',
  scopeRows: 'Dòng phạm vi',
  targetId: 'Chỉ tiêu',
  indicatorId: 'Chỉ số',
  statusOverride: 'Trạng thái do người lập kế hoạch đặt',
  firstDay: 'Ngày bắt đầu kỳ',
  period: 'Kỳ báo cáo',
  reportFields: 'Thông tin của báo cáo (số, ngày, nơi nhận, người ký)',
  sizeBytes: 'Dung lượng (byte)',
};

const viValues = {
  unknown_user: 'không có tài khoản này',
  wrong_password: 'sai mật khẩu',
  inactive: 'tài khoản đã khoá',
};

export type AuditAction = keyof typeof viActions;
export type AuditEntity = keyof typeof viEntities;
export type AuditField = keyof typeof viFields;

interface Vocabulary {
  actions: Record<AuditAction, string>;
  entities: Record<AuditEntity, string>;
  fields: Record<AuditField, string>;
  values: Record<keyof typeof viValues, string>;
}

export const auditVocabulary: Record<FormatLanguage, Vocabulary> = {
  vi: { actions: viActions, entities: viEntities, fields: viFields, values: viValues },
  en: {
    actions: {
      create: 'Created',
      update: 'Updated',
      delete: 'Deleted',
      import: 'Data loaded',
      login: 'Signed in',
      logout: 'Signed out',
      login_failed: 'Failed sign-in',
      password_change: 'Password changed',
      confirm: 'Confirmed as a plan',
    },
    entities: {
      user: 'User',
      agency: 'Agency',
      plan: 'Plan',
      plan_draft: 'Plan draft',
      admin_units: 'Administrative unit catalogue',
      data_values: 'Data values',
      reporting_calendar: 'Reporting calendar',
      plan_report: 'Plan progress report',
    },
    fields: {
      id: 'Id',
      username: 'Username',
      displayName: 'Full name',
      role: 'Role',
      agencyId: 'Agency',
      active: 'Active',
      passwordChanged: 'Password changed',
      endedSessions: 'Sessions ended',
      ip: 'IP address',
      reason: 'Reason',
      name: 'Name',
      shortName: 'Short name',
      type: 'Type',
      aliases: 'Other names',
      validFrom: 'Valid from',
      validTo: 'Valid until (exclusive)',
      adminUnitId: 'Administrative unit',
      changes: 'Changed data cells',
      number: 'Number',
      title: 'Title',
      fileName: 'File name',
      fileId: 'File id',
      sha256: 'SHA-256 hash',
      planId: 'Plan',
      counts: 'Item counts',
      inserted: 'Added',
      successionsAdded: 'Successions added',
      skippedMissingUnit: 'Skipped (unit missing)',
      skipped: 'Skipped',
      units: 'Units',
      currentProvinces: 'Provinces today',
      currentCommunes: 'Communes today',
      oldProvinces: 'Old provinces',
      oldDistricts: 'Old districts',
      oldCommunes: 'Old communes',
      successions: 'Successions',
      scopeRows: 'Scope rows',
      targetId: 'Target',
      indicatorId: 'Indicator',
      statusOverride: 'Status set by a planner',
      firstDay: 'First day of each period',
      period: 'Reporting period',
      reportFields: 'Report details (number, date, recipients, signer)',
      sizeBytes: 'Size (bytes)',
    },
    values: {
      unknown_user: 'no such account',
      wrong_password: 'wrong password',
      inactive: 'account locked',
    },
  },
};

function lookUp<K extends string>(table: Record<K, string>, code: string): string | undefined {
  return Object.hasOwn(table, code) ? table[code as K] : undefined;
}

/** An action's label; dotted codes ('user.update') by their last word; unknown codes as they are. */
export function labelAction(language: FormatLanguage, action: string): string {
  const { actions } = auditVocabulary[language];
  return lookUp(actions, action) ?? lookUp(actions, action.split(/[.:]/).pop() ?? action) ?? action;
}

export function labelEntity(language: FormatLanguage, entity: string): string {
  return lookUp(auditVocabulary[language].entities, entity) ?? entity;
}

export function labelField(language: FormatLanguage, field: string): string {
  return lookUp(auditVocabulary[language].fields, field) ?? field;
}

/** Coded values (a failed login's reason); anything else unchanged. */
export function labelValue(language: FormatLanguage, value: unknown): unknown {
  return typeof value === 'string' ? (lookUp(auditVocabulary[language].values, value) ?? value) : value;
}

/** Where the entry's subject can be opened in the app; null when it has no page (or is gone). */
export function subjectHref(entity: string, entityId: string): string | null {
  const id = encodeURIComponent(entityId);
  switch (entity) {
    case 'agency':
      return `/co-quan/${id}`;
    case 'plan':
      return `/ke-hoach/${id}`;
    case 'plan_draft':
      return `/ke-hoach/ban-nhap/${id}`;
    case 'user':
      return '/nguoi-dung';
    case 'admin_units':
      return '/don-vi-hanh-chinh';
    default:
      return null;
  }
}
