import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyPanelProps {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  actions?: ReactNode;
  /** Heading level for the title so headings stay in order on the page. */
  order?: 2 | 3 | 4;
  color?: string;
  withBorder?: boolean;
  testId?: string;
}

/** An empty state that says what will appear here and what to do next. */
export function EmptyPanel({
  icon,
  title,
  description,
  actions,
  order = 2,
  color,
  withBorder = true,
  testId,
}: EmptyPanelProps) {
  return (
    <Paper p="xl" withBorder={withBorder} data-testid={testId}>
      <EmptyState variant="light" color={color} size="md">
        <EmptyState.Indicator aria-hidden>{icon}</EmptyState.Indicator>
        <EmptyState.Title order={order}>{title}</EmptyState.Title>
        <EmptyState.Description maw={560}>{description}</EmptyState.Description>
        {actions ? <EmptyState.Actions>{actions}</EmptyState.Actions> : null}
      </EmptyState>
    </Paper>
  );
}
