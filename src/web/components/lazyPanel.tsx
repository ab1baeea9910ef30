import { Paper, Skeleton, Stack } from '@mantine/core';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { loadAreaMessages } from '../i18n';
import type { AreaName } from '../i18n/areas';

/**
 * A panel of a person-centred page (Home, a profile) that loads with its area's messages beside the
 * page instead of before it: the page paints its frame, and a skeleton in each `PanelSlot`, first.
 * Used for the "Now" and "Next" halves, whose ten panels span ten areas. Call at module level.
 */
export function lazyPanel<P extends object>(
  areas: readonly AreaName[],
  load: () => Promise<ComponentType<P>>,
) {
  return lazy(() =>
    Promise.all([load(), loadAreaMessages(areas)]).then(([component]) => ({ default: component })),
  );
}

/** Where a lazy panel goes: a skeleton of a panel's size until its code and messages are here. */
export function PanelSlot({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PanelSkeleton />}>{children}</Suspense>;
}

function PanelSkeleton() {
  return (
    <Paper withBorder p="md" aria-busy="true" data-testid="panel-loading">
      <Stack gap="sm">
        <Skeleton height={18} width="40%" />
        <Skeleton height={12} />
        <Skeleton height={12} width="70%" />
      </Stack>
    </Paper>
  );
}
