import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { AdminUnit } from '../../domain/admin-units/types.ts';
import { adminUnitPolicy } from '../admin-units/policy.ts';
import { agencyPolicy } from '../agencies/policy.ts';
import { roles, type Role } from '../../domain/access/roles.ts';
import { systemActor, type Actor, type Principal } from '../auth/actor.ts';
import { AppError, badRequest, notFound } from '../errors.ts';
import { draftPolicy } from '../plan-drafts/policy.ts';
import { planPolicy } from '../plans/policy.ts';
import { userPolicy } from '../users/policy.ts';
import { ability, authorize, editorRoles, requireActor, requireReferenced } from './policy.ts';
import { computeScope, scopeIncludes } from './scope.ts';

function unit(
  id: string,
  level: AdminUnit['level'],
  parentId: string | null,
  validTo: string | null = null,
): AdminUnit {
  return { id, code: null, name: id, fullName: id, level, parentId, validFrom: null, validTo };
}

// t-p1 ⊃ {t-c1, t-c2}, t-p2 ⊃ {t-c3}; old district t-od1 ⊃ {t-oc1, t-oc2} merged into t-c1.
const units = [
  unit('t-p1', 'province', null),
  unit('t-p2', 'province', null),
  unit('t-c1', 'commune', 't-p1'),
  unit('t-c2', 'commune', 't-p1'),
  unit('t-c3', 'commune', 't-p2'),
  unit('t-od1', 'district', 't-p1', '2025-07-01'),
  unit('t-oc1', 'commune', 't-od1', '2025-07-01'),
  unit('t-oc2', 'commune', 't-od1', '2025-07-01'),
];
const index = new AdminUnitIndex(units, [
  { predecessorId: 't-oc1', successorId: 't-c1', kind: 'merged', share: 1, apportioned: false },
  { predecessorId: 't-oc2', successorId: 't-c1', kind: 'merged', share: 1, apportioned: false },
]);

function actor(role: Role, adminUnitId: string, userId = 'u'): Actor {
  return {
    userId,
    username: userId,
    displayName: 'U',
    role,
    agencyId: `ag-${adminUnitId}`,
    adminUnitId,
    scope: computeScope(index, role, adminUnitId),
  };
}

function statusOf(fn: () => unknown): number | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.statusCode : -1;
  }
}

describe('requireActor', () => {
  it('401 without a session, the actor otherwise', () => {
    expect(statusOf(() => requireActor({ actor: null } as FastifyRequest))).toBe(401);
    const someone = actor('viewer', 't-p1');
    expect(requireActor({ actor: someone } as FastifyRequest)).toBe(someone);
  });
});

describe('authorize', () => {
  const canEditInUnit = ability<{ id: string }>(editorRoles, (who, record) => scopeIncludes(who.scope, record.id));
  const missing = () => notFound('bản ghi');

  it('403 exactly when the role may never, before the record is looked at; 404 when missing or out of scope', () => {
    for (const role of roles) {
      const who = actor(role, 't-c1');
      const roleOk = editorRoles.includes(role);
      expect(
        statusOf(() => authorize(who, canEditInUnit, { id: 't-c1' }, missing)),
        role,
      ).toBe(roleOk ? null : 403);
      expect(
        statusOf(() => authorize(who, canEditInUnit, null, missing)),
        role,
      ).toBe(roleOk ? 404 : 403);
      // Admins see everything; others not a sibling commune.
      expect(
        statusOf(() => authorize(who, canEditInUnit, { id: 't-c2' }, missing)),
        role,
      ).toBe(!roleOk ? 403 : role === 'admin' ? null : 404);
    }
  });

  it('abilities without a record answer 403 or nothing', () => {
    expect(statusOf(() => authorize(actor('viewer', 't-p1'), userPolicy.canList))).toBe(403);
    expect(statusOf(() => authorize(actor('admin', 't-p1'), userPolicy.canList))).toBeNull();
  });

  it('an id named in a body: missing and out of scope are the same refusal', () => {
    const who = actor('planner', 't-p1');
    const refused = () => badRequest('Không có cơ quan.', 'agencyId');
    const answers = [null, undefined, { adminUnit: { id: 't-p2' } }].map((record) => {
      try {
        requireReferenced(who, agencyPolicy.canRead, record, refused);
        return 'accepted';
      } catch (error) {
        return JSON.stringify([(error as AppError).statusCode, (error as AppError).message, (error as AppError).field]);
      }
    });
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toContain('400');
    expect(() => requireReferenced(who, agencyPolicy.canRead, { adminUnit: { id: 't-c1' } }, refused)).not.toThrow();
  });

  it('the system actor may do everything, everywhere', () => {
    const system: Principal = systemActor;
    expect(statusOf(() => authorize(system, canEditInUnit, { id: 't-c3' }, missing))).toBeNull();
    expect(planPolicy.canDelete(system, { adminUnitId: 'anything' })).toBe(true);
    expect(draftPolicy.canRead(system, { createdBy: null })).toBe(true);
    expect(draftPolicy.canRead(system, { createdBy: 'someone' })).toBe(false);
  });
});

describe('entity policies', () => {
  it('agencies: read in scope, edit as planner in scope, move as admin only', () => {
    const home = { adminUnit: { id: 't-c1' } };
    const foreign = { adminUnit: { id: 't-c3' } };
    const expectations: Array<[Role, boolean, boolean, boolean]> = [
      ['admin', true, true, true],
      ['planner', true, true, false],
      ['reporter', true, false, false],
      ['viewer', true, false, false],
    ];
    for (const [role, read, update, move] of expectations) {
      const who = actor(role, 't-p1');
      expect(
        [agencyPolicy.canRead(who, home), agencyPolicy.canUpdate(who, home), agencyPolicy.canMove(who, home)],
        role,
      ).toEqual([read, update, move]);
      expect(agencyPolicy.canRead(who, foreign), role).toBe(role === 'admin');
    }
  });

  it('drafts are their uploader’s alone', () => {
    expect(draftPolicy.canRead(actor('planner', 't-p1', 'a'), { createdBy: 'a' })).toBe(true);
    expect(draftPolicy.canRead(actor('planner', 't-p1', 'b'), { createdBy: 'a' })).toBe(false);
    expect(draftPolicy.canRead(actor('admin', 't-p1', 'b'), { createdBy: 'a' })).toBe(false);
    expect(draftPolicy.canRead(actor('viewer', 't-p1', 'a'), { createdBy: 'a' })).toBe(false);
  });

  it('plans: everyone reads in scope, editors change and delete in scope (decision 0021)', () => {
    const plan = { adminUnitId: 't-oc1' };
    expect(planPolicy.canRead(actor('viewer', 't-c1'), plan)).toBe(true);
    expect(planPolicy.canUpdate(actor('viewer', 't-c1'), plan)).toBe(false);
    expect(planPolicy.canUpdate(actor('planner', 't-c1'), plan)).toBe(true);
    expect(planPolicy.canUpdate(actor('planner', 't-c2'), plan)).toBe(false);
    expect(planPolicy.canDelete(actor('planner', 't-c1'), plan)).toBe(true);
    expect(planPolicy.canDelete(actor('planner', 't-c2'), plan)).toBe(false);
    expect(planPolicy.canDelete(actor('reporter', 't-c1'), plan)).toBe(false);
    expect(planPolicy.canDelete(actor('viewer', 't-c1'), plan)).toBe(false);
    expect(planPolicy.canDelete(actor('admin', 't-c3'), plan)).toBe(true);
  });
});

describe('unit scope', () => {
  const everyUnit = units.map((u) => u.id);
  const expectedScope: Record<string, string[]> = {
    // A province sees its communes and the old units that rolled into them.
    't-p1': ['t-p1', 't-c1', 't-c2', 't-od1', 't-oc1', 't-oc2'],
    't-p2': ['t-p2', 't-c3'],
    // A commune sees itself and its predecessors, never its siblings or parent.
    't-c1': ['t-c1', 't-oc1', 't-oc2'],
    't-c3': ['t-c3'],
    't-oc1': ['t-oc1'],
  };

  it('admins see everything', () => {
    const who = actor('admin', 't-c3');
    expect(who.scope.all).toBe(true);
    for (const id of [...everyUnit, 'khong-ton-tai']) expect(adminUnitPolicy.canRead(who, { id })).toBe(true);
  });

  for (const [root, visible] of Object.entries(expectedScope)) {
    for (const role of ['planner', 'reporter', 'viewer'] as const) {
      it(`${role} at ${root} sees exactly ${visible.join(', ')}`, () => {
        const who = actor(role, root);
        expect(who.scope.all).toBe(false);
        for (const id of everyUnit) {
          expect(adminUnitPolicy.canRead(who, { id }), id).toBe(visible.includes(id));
          expect(
            statusOf(() => authorize(who, adminUnitPolicy.canRead, index.get(id), () => notFound('đơn vị'))),
            id,
          ).toBe(visible.includes(id) ? null : 404);
          expect(adminUnitPolicy.canPlaceIn(who, { id }), id).toBe(role === 'planner' && visible.includes(id));
        }
      });
    }
  }

  it('an unknown unit is out of scope for non-admins, and the 404 message names the record, not the unit', () => {
    const who = actor('planner', 't-p1');
    expect(adminUnitPolicy.canRead(who, { id: 'khong-ton-tai' })).toBe(false);
    try {
      authorize(who, adminUnitPolicy.canRead, index.get('t-c3'), () => notFound('đơn vị hành chính'));
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).message).toBe('Không tìm thấy đơn vị hành chính.');
      expect((error as AppError).message).not.toContain('t-c3');
    }
  });
});
