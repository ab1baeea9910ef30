import { Button, Group, Loader, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgChartNode } from '../../../contracts/org';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fetchChildren, orgChildrenKey } from '../api';
import { TreeNode } from './TreeNode';
import { useTree } from './treeState';

/** A manager's direct reports, 50 at a time; "Show N more" fetches the next page. */
export function ChildGroup({ parent, level }: { parent: OrgChartNode; level: number }) {
  const { t } = useTranslation();
  const tree = useTree();
  const children = useInfiniteQuery({
    queryKey: orgChildrenKey(parent.id),
    queryFn: ({ pageParam, signal }) => fetchChildren(parent.id, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = children.data?.pages.flatMap((page) => page.items) ?? [];
  // Someone deep-linked with ?focus= may sit on a page not loaded yet: show them anyway.
  const pinned = tree.pathChild.get(parent.id);
  const showPinned = pinned && children.isSuccess && !items.some((item) => item.id === pinned.id);
  const remaining = Math.max(0, parent.directReportCount - items.length - (showPinned ? 1 : 0));
  const setsize = Math.max(parent.directReportCount, items.length);
  const moreKey = `more:${parent.id}`;

  return (
    // biome-ignore lint/a11y/useSemanticElements: an ARIA tree's nested level is a role="group", not a fieldset
    <div role="group" aria-busy={children.isFetching}>
      {children.isPending ? (
        <Group
          gap="xs"
          py={6}
          style={{ paddingInlineStart: `calc(var(--tree-indent) * ${level - 1} + 32px)` }}
        >
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            {t('orgChart.loadingTeam', { name: parent.displayName })}
          </Text>
        </Group>
      ) : null}
      {children.isError ? (
        <div style={{ paddingInlineStart: `calc(var(--tree-indent) * ${level - 1} + 8px)`, paddingBlock: 8 }}>
          <ErrorAlert error={children.error} onRetry={() => void children.refetch()} />
        </div>
      ) : null}
      {items.map((child, index) => (
        <TreeNode key={child.id} node={child} level={level} posinset={index + 1} setsize={setsize} />
      ))}
      {showPinned && pinned ? (
        <TreeNode node={pinned} level={level} posinset={items.length + 1} setsize={setsize} />
      ) : null}
      {children.hasNextPage ? (
        <div
          style={{ paddingInlineStart: `calc(var(--tree-indent) * ${level - 1} + 32px)`, paddingBlock: 4 }}
        >
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconChevronDown size={14} aria-hidden />}
            loading={children.isFetchingNextPage}
            onClick={() => void children.fetchNextPage()}
            tabIndex={tree.activeKey === moreKey ? 0 : -1}
            data-tree-nav
            data-nav-key={moreKey}
            data-testid={`org-more-${parent.id}`}
          >
            {t('orgChart.showMore', { count: remaining, name: parent.displayName })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
