import { Empty, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useEffect, useState } from 'react';
import { adminUnitsApi } from '../../api/endpoints.ts';
import type { AdminUnitSummary } from '../../api/types.ts';
import { useReportError } from '../../components/use-report-error.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface UnitNode extends TreeDataNode {
  key: string;
  children?: UnitNode[];
}

function toNode(unit: AdminUnitSummary): UnitNode {
  return {
    key: unit.id,
    title: (
      <span data-testid={`unit-node-${unit.id}`}>
        {unit.name}
        {unit.code ? (
          <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
            {unit.code}
          </Typography.Text>
        ) : null}
      </span>
    ),
    isLeaf: unit.childCount === 0,
  };
}

function attachChildren(nodes: UnitNode[], parentKey: string, children: UnitNode[]): UnitNode[] {
  return nodes.map((node) => {
    if (node.key === parentKey) return { ...node, children };
    if (node.children) return { ...node, children: attachChildren(node.children, parentKey, children) };
    return node;
  });
}

/** Lazily expands the units valid at `asOf`; the parent remounts it when the date changes. */
export function UnitTree({
  topUnits,
  asOf,
  selectedId,
  onSelect,
}: {
  topUnits: AdminUnitSummary[];
  asOf: string;
  selectedId: string | undefined;
  onSelect(id: string): void;
}) {
  const { t } = useI18n();
  const reportError = useReportError();
  const [nodes, setNodes] = useState<UnitNode[]>(() => topUnits.map(toNode));

  useEffect(() => setNodes(topUnits.map(toNode)), [topUnits]);

  const loadChildren = async (node: { key: React.Key; children?: unknown }) => {
    if (node.children) return;
    try {
      const detail = await adminUnitsApi.get(String(node.key), asOf);
      setNodes((current) => attachChildren(current, String(node.key), detail.children.map(toNode)));
    } catch (error) {
      reportError(error);
    }
  };

  if (nodes.length === 0) return <Empty description={t('unitsEmptyTree')} />;
  return (
    <Tree<UnitNode>
      data-testid="unit-tree"
      treeData={nodes}
      loadData={loadChildren}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(String(key));
      }}
      height={560}
      blockNode
    />
  );
}
