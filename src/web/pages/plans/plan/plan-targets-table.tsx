import { Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { PlanTarget } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatTargetFigure } from '../plan-format.ts';

interface TargetRow extends PlanTarget {
  children?: TargetRow[];
}

/** Flat targets with parentId → nested rows; antd's tree table indents the "trong đó" children. */
function nestTargets(targets: PlanTarget[]): TargetRow[] {
  const rows = new Map<string, TargetRow>(targets.map((target) => [target.id, { ...target }]));
  const roots: TargetRow[] = [];
  for (const target of targets) {
    const row = rows.get(target.id)!;
    const parent = target.parentId ? rows.get(target.parentId) : undefined;
    if (!parent) roots.push(row);
    else if (parent.children) parent.children.push(row);
    else parent.children = [row];
  }
  return roots;
}

export function PlanTargetsTable({ targets }: { targets: PlanTarget[] }) {
  const { t } = useI18n();
  const rows = useMemo(() => nestTargets(targets), [targets]);
  const expanded = useMemo(
    () => targets.filter((target) => targets.some((other) => other.parentId === target.id)).map((target) => target.id),
    [targets],
  );
  return (
    <Table<TargetRow>
      data-testid="plan-targets"
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 560 }}
      dataSource={rows}
      expandable={{ defaultExpandedRowKeys: expanded }}
      locale={{ emptyText: t('planNoTargets') }}
      columns={[
        {
          title: t('planTargetSubject'),
          key: 'subject',
          render: (_, target) => (
            <span>
              {target.parentId ? <Tag color="magenta">{t('planOfWhich')}</Tag> : null}
              {target.text || target.subject}
              {target.subject && target.text && target.subject !== target.text ? (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('planTargetMeasures', { subject: target.subject })}
                </Typography.Text>
              ) : null}
            </span>
          ),
        },
        {
          title: t('planTargetValue'),
          key: 'figure',
          width: 170,
          render: (_, target) => <Tag color="red">{formatTargetFigure(t, target)}</Tag>,
        },
        { title: t('planTargetYear'), dataIndex: 'year', width: 90 },
      ]}
    />
  );
}
