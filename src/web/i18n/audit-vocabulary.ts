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
  submit: 'Gửi báo cáo',
  return: 'Trả lại báo cáo',
  accept: 'Tiếp nhận báo cáo',
};

const viEntities = {
  user: 'Người dùng',
  agency: 'Cơ quan, đơn vị',
  plan: 'Kế hoạch',
  plan_draft: 'Bản nháp kế hoạch',
  admin_units: 'Danh mục đơn vị hành chính',
  data_values: 'Số liệu',
  reporting_calendar: 'Lịch báo cáo',
  task_progress: 'Tiến độ nhiệm vụ',
  task_comment: 'Góp ý về nhiệm vụ',
  plan_task: 'Nhiệm vụ',
  unit_report: 'Báo cáo của đơn vị',
  reporting_duty: 'Nhiệm vụ báo cáo định kỳ',
  plan_report: 'Báo cáo kết quả thực hiện kế hoạch',
};

const viFields = {
  id: 'Mã',
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
  email: 'Thư điện tử',
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
  holder: 'Cơ quan, xã được giao',
  dueDate: 'Thời hạn',
  percent: 'Tiến độ (%)',
  note: 'Ghi chú',
  evidenceNumber: 'Số, ký hiệu văn bản minh chứng',
  evidenceDate: 'Ngày văn bản minh chứng',
  completedOn: 'Ngày hoàn thành',
  subtasks: 'Số nhiệm vụ con',
  taskId: 'Nhiệm vụ',
  parentId: 'Nhiệm vụ cha',
  text: 'Nội dung',
  dutyId: 'Nhiệm vụ báo cáo',
  period: 'Kỳ báo cáo',
  state: 'Trạng thái',
  achievements: 'Kết quả đạt được',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Đề xuất, kiến nghị',
  taskNotes: 'Ghi chú nhiệm vụ',
  consolidatingAgencyId: 'Cơ quan tổng hợp',
  reportingAgencyIds: 'Các đơn vị báo cáo',
  dueMonth: 'Tháng hạn báo cáo',
  dueDay: 'Ngày hạn báo cáo',
  recipientText: 'Nơi nhận báo cáo',
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
      submit: 'Report submitted',
      return: 'Report returned',
      accept: 'Report accepted',
    },
    entities: {
      user: 'User',
      agency: 'Agency',
      plan: 'Plan',
      plan_draft: 'Plan draft',
      admin_units: 'Administrative unit catalogue',
      data_values: 'Data values',
      reporting_calendar: 'Reporting calendar',
      task_progress: 'Task progress',
      task_comment: 'Task comment',
      plan_task: 'Task',
      unit_report: 'Unit report',
      reporting_duty: 'Reporting duty',
      plan_report: 'Plan progress report',
    },
    fields: {
      id: 'Id',
      username: 'Username',
      displayName: 'Full name',
      email: 'E-mail',
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
      holder: 'Assigned agency or commune',
      dueDate: 'Deadline',
      percent: 'Progress (%)',
      note: 'Note',
      evidenceNumber: 'Evidence document number',
      evidenceDate: 'Evidence document date',
      completedOn: 'Completed on',
      subtasks: 'Sub-tasks',
      taskId: 'Task',
      parentId: 'Parent task',
      text: 'Text',
      dutyId: 'Reporting duty',
      period: 'Period',
      state: 'State',
      achievements: 'Results achieved',
      difficulties: 'Difficulties',
      proposals: 'Proposals',
      taskNotes: 'Task notes',
      consolidatingAgencyId: 'Consolidating agency',
      reportingAgencyIds: 'Reporting agencies',
      dueMonth: 'Due month',
      dueDay: 'Due day',
      recipientText: 'Recipient',
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
