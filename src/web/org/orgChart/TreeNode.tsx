import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgChartNode } from '../../../contracts/org';
import { AnchorLink } from '../../components/links';
import { PersonAvatar } from '../../components/PersonAvatar';
import { StatusBadge } from '../../components/StatusBadge';
import { ChildGroup } from './ChildGroup';
import { useTree } from './treeState';

interface TreeNodeProps {
  node: OrgChartNode;
  level: number;
  posinset: number;
  setsize: number;
}

/** One person in the chart; their team is only fetched and rendered while expanded. */
export function TreeNode({ node, level, posinset, setsize }: TreeNodeProps) {
  const { t } = useTranslation();
  const tree = useTree();
  const ref = useRef<HTMLDivElement>(null);
  const hasReports = node.directReportCount > 0;
  const expanded = hasReports && tree.expanded.has(node.id);
  const isFocusTarget = tree.focusId === node.id;

  useEffect(() => {
    if (isFocusTarget && ref.current && tree.consumeScroll()) {
      ref.current.scrollIntoView({ block: 'center' });
      ref.current.focus({ preventScroll: true });
    }
  }, [isFocusTarget, tree]);

  const label = [
    node.displayName,
    node.jobTitle,
    node.department,
    hasReports ? t('orgChart.reports', { count: node.directReportCount }) : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <div
      ref={ref}
      role="treeitem"
      aria-label={label}
      aria-level={level}
      aria-posinset={posinset}
      aria-setsize={setsize}
      aria-expanded={hasReports ? expanded : undefined}
      aria-selected={isFocusTarget}
      tabIndex={tree.activeKey === node.id ? 0 : -1}
      data-tree-nav
      data-node-id={node.id}
      data-nav-key={node.id}
      data-testid={`org-node-${node.id}`}
      className="org-tree-item"
    >
      <Box
        className="org-tree-row"
        data-focused={isFocusTarget}
        style={{ paddingInlineStart: `calc(var(--tree-indent) * ${level - 1} + 6px)` }}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) return;
          if (hasReports) tree.setExpanded(node.id, !expanded);
        }}
      >
        <Group gap="sm" wrap="nowrap" py={6} pr="sm">
          <Box w={20} style={{ flexShrink: 0, display: 'flex', justifyContent: 'center' }} aria-hidden>
            {hasReports ? (
              <IconChevronRight
                size={16}
                style={{ transition: 'transform 120ms', transform: expanded ? 'rotate(90deg)' : undefined }}
              />
            ) : null}
          </Box>
          <PersonAvatar name={node.displayName} size={32} />
          <Stack gap={0} miw={0} style={{ flex: 1 }}>
            <AnchorLink
              to="/people/$personId"
              params={{ personId: node.id }}
              tabIndex={-1}
              fw={600}
              size="sm"
            >
              {node.displayName}
            </AnchorLink>
            {/* Wraps on a narrow screen rather than ending in "…": the title is what tells people apart. */}
            <Text size="xs" c="dimmed">
              {[node.jobTitle, node.department].filter(Boolean).join(' · ') || t('common.noTitle')}
            </Text>
          </Stack>
          {node.status !== 'active' ? <StatusBadge status={node.status} size="xs" /> : null}
          {hasReports ? (
            <Badge color="gray" variant="light" size="sm" style={{ flexShrink: 0 }}>
              {node.directReportCount}
            </Badge>
          ) : null}
        </Group>
      </Box>
      {expanded ? <ChildGroup parent={node} level={level + 1} /> : null}
    </div>
  );
}
