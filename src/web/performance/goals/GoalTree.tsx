import { ActionIcon, Badge, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconHierarchy2 } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalSummary } from '../../../contracts/goals';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { treeLevelQuery } from './api';
import { HealthBadge, ownerName, ProgressBar } from './GoalBits';

/**
 * Company goals → department goals → personal goals. Each level is fetched when it is opened, a
 * page at a time; the server leaves out goals the viewer may not see and does not count them.
 * Disclosure buttons (aria-expanded) rather than a full ARIA tree: every row holds links.
 */
export function GoalTree() {
  const { t } = useTranslation();
  return (
    <TreeLevel
      parentId={null}
      depth={0}
      empty={
        <EmptyPanel
          testId="goal-tree-empty"
          icon={<IconHierarchy2 size={28} />}
          title={t('goals.tree.emptyTitle')}
          description={t('goals.tree.emptyDescription')}
        />
      }
    />
  );
}

/** One level's goals as one list; "Show N more" fetches the level's next page below the ones shown. */
function TreeLevel({
  parentId,
  depth,
  empty,
}: {
  parentId: string | null;
  depth: number;
  empty?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const level = useInfiniteQuery(treeLevelQuery(parentId));
  const pages = level.data?.pages ?? [];
  const shown = pages.reduce((count, page) => count + page.items.length, 0);
  const remaining = (pages.at(-1)?.total ?? 0) - shown;
  const indent = depth === 0 ? 0 : 'md';
  return (
    <QueryView
      query={level}
      skeleton={<Skeleton h={56} ml={indent} />}
      empty={empty}
      loadMore={t('goals.tree.more', { count: remaining })}
    >
      {(data) => (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          pl={indent}
          aria-label={depth === 0 ? t('goals.tree.label') : undefined}
        >
          {data.pages
            .flatMap((page) => page.items)
            .map((goal) => (
              <TreeNode key={goal.id} goal={goal} depth={depth} />
            ))}
        </Stack>
      )}
    </QueryView>
  );
}

function TreeNode({ goal, depth }: { goal: GoalSummary; depth: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const childrenId = `goal-children-${goal.id}`;
  return (
    <li style={{ listStyle: 'none' }} data-testid="goal-tree-node">
      <Paper withBorder p="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {goal.childCount > 0 ? (
            <ActionIcon
              variant="subtle"
              aria-expanded={open}
              aria-controls={childrenId}
              aria-label={t(open ? 'goals.tree.collapse' : 'goals.tree.expand', { title: goal.title })}
              onClick={() => setOpen(!open)}
            >
              {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
            </ActionIcon>
          ) : (
            <span style={{ width: 28, flexShrink: 0 }} />
          )}
          <Stack gap={4} flex={1} miw={0}>
            <Group justify="space-between" gap="xs">
              <AnchorLink to="/performance/goals/$goalId" params={{ goalId: goal.id }} fw={600}>
                {goal.title}
              </AnchorLink>
              <Group gap={6}>
                <Badge variant="light" color="gray" size="sm">
                  {t(`goals.level.${goal.level}`)}
                </Badge>
                <HealthBadge health={goal.health} />
              </Group>
            </Group>
            <Text size="sm" c="dimmed">
              {ownerName(goal, t('goals.level.company'))}
              {goal.childCount > 0 ? ` · ${t('goals.tree.aligned', { count: goal.childCount })}` : ''}
            </Text>
            <ProgressBar
              value={goal.progress}
              health={goal.health}
              label={t('goals.progressOf', { title: goal.title })}
            />
          </Stack>
        </Group>
      </Paper>
      {open ? (
        <div id={childrenId}>
          <TreeLevel parentId={goal.id} depth={depth + 1} />
        </div>
      ) : null}
    </li>
  );
}
