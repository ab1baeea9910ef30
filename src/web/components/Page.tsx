import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  description?: ReactNode;
  /** Shown before the title, e.g. a breadcrumb or "back" link. */
  above?: ReactNode;
  actions?: ReactNode;
  /** Shown left of the title, e.g. a person's avatar. */
  leading?: ReactNode;
  children: ReactNode;
}

/** The standard page frame: one `h1`, an optional lead paragraph and actions on the right. */
export function Page({ title, description, above, actions, leading, children }: PageProps) {
  useDocumentTitle(title);
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        {above}
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            {leading}
            <Title order={1}>{title}</Title>
          </Group>
          {actions ? <Group gap="xs">{actions}</Group> : null}
        </Group>
        {typeof description === 'string' ? (
          <Text c="dimmed" maw={720}>
            {description}
          </Text>
        ) : (
          description
        )}
      </Stack>
      {children}
    </Stack>
  );
}

export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
