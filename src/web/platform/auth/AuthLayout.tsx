import { Box, Center, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contracts/auth';
import { Logo } from '../../components/Logo';
import { useDocumentTitle } from '../../components/Page';
import { applyLocale, currentLocale, supportedLocales } from '../../i18n';

interface AuthLayoutProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** The frame for sign-in, password reset and invitation pages. */
export function AuthLayout({ title, description, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" p="md" component="header">
        <Logo />
        <SegmentedControl
          size="xs"
          aria-label={t('userMenu.language')}
          value={currentLocale()}
          onChange={(value) => void applyLocale(value as Locale)}
          data={supportedLocales.map((locale) => ({ value: locale, label: locale.toUpperCase() }))}
          data-testid="auth-language"
        />
      </Group>
      <Center component="main" id="main" px="md" pb="xl" pt={{ base: 'md', sm: 60 }}>
        <Paper w="100%" maw={420} p={{ base: 'lg', sm: 'xl' }} shadow="sm">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} size="h2">
                {title}
              </Title>
              {description ? (
                <Text c="dimmed" size="sm">
                  {description}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
