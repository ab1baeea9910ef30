import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../components/links';
import { useDocumentTitle } from '../components/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Center mih="60vh" p="md" data-testid="not-found">
      <Stack align="center" gap="md" maw={480} ta="center">
        <ThemeIcon size={64} radius="xl" variant="light" color="gray">
          <IconMapSearch size={34} aria-hidden />
        </ThemeIcon>
        <Title order={1}>{t('notFound.title')}</Title>
        <Text c="dimmed">{t('notFound.description')}</Text>
        <ButtonLink to="/">{t('notFound.home')}</ButtonLink>
      </Stack>
    </Center>
  );
}

/** The 404 outside the signed-in layout still needs its own main landmark. */
export function StandaloneNotFoundPage() {
  return (
    <main>
      <NotFoundPage />
    </main>
  );
}
