import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditVocabulary, labelAction, labelEntity, labelField, labelValue } from './audit-vocabulary.ts';

const serverRoot = path.resolve(import.meta.dirname, '../../server');

function serverSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverSources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The action and entity codes of every recordAudit call in the server (its first 800 characters). */
function recordedCodes(): { actions: Set<string>; entities: Set<string>; calls: number } {
  const actions = new Set<string>();
  const entities = new Set<string>();
  let calls = 0;
  for (const file of serverSources(serverRoot)) {
    if (file.endsWith('record-audit.ts')) continue;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/recordAudit\(/g)) {
      calls += 1;
      const call = source.slice(match.index, match.index + 800);
      const action = /action:\s*'([a-z_]+)'/.exec(call)?.[1];
      const entity = /entity:\s*'([a-z_]+)'/.exec(call)?.[1];
      if (!action || !entity) throw new Error(`${file}: a recordAudit call without literal action/entity`);
      actions.add(action);
      entities.add(entity);
    }
  }
  return { actions, entities, calls };
}

describe('audit vocabulary', () => {
  const recorded = recordedCodes();

  it('finds the recordAudit calls', () => {
    expect(recorded.calls).toBeGreaterThanOrEqual(15);
    expect(recorded.actions).toContain('login_failed');
    expect(recorded.entities).toContain('plan_draft');
  });

  it('labels every action and entity type the server records, in both languages', () => {
    for (const language of ['vi', 'en'] as const) {
      for (const action of recorded.actions) expect(Object.keys(auditVocabulary[language].actions)).toContain(action);
      for (const entity of recorded.entities) expect(Object.keys(auditVocabulary[language].entities)).toContain(entity);
    }
    expect(labelAction('vi', 'confirm')).toBe('Xác nhận thành kế hoạch');
    expect(labelAction('vi', 'login_failed')).toBe('Đăng nhập không thành công');
    expect(labelAction('vi', 'user.update')).toBe('Cập nhật');
    expect(labelAction('en', 'rotate')).toBe('rotate');
    expect(labelEntity('vi', 'admin_units')).toBe('Danh mục đơn vị hành chính');
    expect(labelEntity('vi', 'plan_draft')).toBe('Bản nháp kế hoạch');
    expect(labelEntity('vi', 'toString')).toBe('toString');
  });

  it('labels the snapshot fields and coded values', () => {
    expect(labelField('vi', 'adminUnitId')).toBe('Đơn vị hành chính');
    expect(labelField('vi', 'planId')).toBe('Kế hoạch');
    expect(labelField('en', 'displayName')).toBe('Full name');
    expect(labelField('vi', 'khong-biet')).toBe('khong-biet');
    expect(labelValue('vi', 'wrong_password')).toBe('sai mật khẩu');
    expect(labelValue('vi', 3)).toBe(3);
  });

  it('has Vietnamese with diacritics for every label', () => {
    const vi = auditVocabulary.vi;
    for (const label of [...Object.values(vi.actions), ...Object.values(vi.entities)]) expect(label).toMatch(/[^ -~]/);
  });
});
