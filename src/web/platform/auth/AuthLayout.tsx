import { Box, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
        {/* Two plain buttons rather than a SegmentedControl: the sign-in page's first paint stays light. */}
        <Group gap={4} role="group" aria-label={t('userMenu.language')} data-testid="auth-language">
          {supportedLocales.map((locale) => (
            <Button
              key={locale}
              size="compact-xs"
              variant={currentLocale() === locale ? 'filled' : 'subtle'}
              aria-pressed={currentLocale() === locale}
              aria-label={t(`languages.${locale}`)}
              lang={locale}
              onClick={() => void applyLocale(locale)}
            >
              {locale.toUpperCase()}
            </Button>
          ))}
        </Group>
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
