import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { AdminUnit } from '../../domain/admin-units/types.ts';
import { roles, type Actor, type Role } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { canSeeUnit, requireActor, requireRole, requireUnitInScope, visibleUnitIds } from './policy.ts';

function unit(id: string, level: AdminUnit['level'], parentId: string | null, validTo: string | null = null): AdminUnit {
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

const ctx = { adminUnits: { get: async () => index, invalidate() {} } } as unknown as AppContext;

function actor(role: Role, adminUnitId: string): Actor {
  return { userId: 'u', username: 'u', displayName: 'U', role, agencyId: `ag-${adminUnitId}`, adminUnitId };
}

function statusOf(fn: () => unknown): number | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.statusCode : -1;
  }
}

async function statusOfAsync(fn: () => Promise<unknown>): Promise<number | null> {
  try {
    await fn();
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

describe('requireRole', () => {
  it('403 exactly when the role is not allowed, for every role and allowed set', () => {
    const allowedSets: Role[][] = [['admin'], ['admin', 'planner'], ['admin', 'planner', 'reporter'], [...roles], []];
    for (const allowed of allowedSets) {
      for (const role of roles) {
        const expected = allowed.includes(role) ? null : 403;
        expect(statusOf(() => requireRole(actor(role, 't-p1'), allowed)), `${role} in [${allowed}]`).toBe(expected);
      }
    }
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

  it('admins see everything', async () => {
    expect(await visibleUnitIds(ctx, actor('admin', 't-c3'))).toBe('all');
    for (const id of [...everyUnit, 'khong-ton-tai']) expect(await canSeeUnit(ctx, actor('admin', 't-c3'), id)).toBe(true);
  });

  for (const [root, visible] of Object.entries(expectedScope)) {
    for (const role of ['planner', 'reporter', 'viewer'] as const) {
      it(`${role} at ${root} sees exactly ${visible.join(', ')}`, async () => {
        const who = actor(role, root);
        expect([...((await visibleUnitIds(ctx, who)) as ReadonlySet<string>)].sort()).toEqual([...visible].sort());
        for (const id of everyUnit) {
          expect(await canSeeUnit(ctx, who, id), id).toBe(visible.includes(id));
          expect(await statusOfAsync(() => requireUnitInScope(ctx, who, id, 'đơn vị')), id).toBe(visible.includes(id) ? null : 404);
        }
      });
    }
  }

  it('an unknown unit is out of scope for non-admins, and the 404 message names the record, not the unit', async () => {
    const who = actor('planner', 't-p1');
    expect(await canSeeUnit(ctx, who, 'khong-ton-tai')).toBe(false);
    try {
      await requireUnitInScope(ctx, who, 't-c3', 'đơn vị hành chính');
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).message).toBe('Không tìm thấy đơn vị hành chính.');
      expect((error as AppError).message).not.toContain('t-c3');
    }
  });
});
