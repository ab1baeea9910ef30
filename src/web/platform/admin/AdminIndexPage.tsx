import { Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconBuilding,
  IconClockExclamation,
  IconEraser,
  IconFileImport,
  IconMail,
  IconSettings,
  IconShieldCheck,
  IconUserPlus,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type AdminSection, adminSections } from '../../app/adminSections';
import { useMe } from '../../app/session';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';

const sections: Record<
  AdminSection,
  {
    to:
      | '/admin/people'
      | '/admin/import'
      | '/admin/structure'
      | '/admin/settings'
      | '/admin/outbox'
      | '/admin/audit'
      | '/admin/jobs'
      | '/admin/erasure';
    icon: typeof IconMail;
  }
> = {
  people: { to: '/admin/people', icon: IconUserPlus },
  import: { to: '/admin/import', icon: IconFileImport },
  structure: { to: '/admin/structure', icon: IconBuilding },
  settings: { to: '/admin/settings', icon: IconSettings },
  outbox: { to: '/admin/outbox', icon: IconMail },
  audit: { to: '/admin/audit', icon: IconShieldCheck },
  jobs: { to: '/admin/jobs', icon: IconClockExclamation },
  erasure: { to: '/admin/erasure', icon: IconEraser },
};

export function AdminIndexPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('admin.title')} description={t('admin.lead')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {adminSections(me).map((key) => {
          const { to, icon: Icon } = sections[key];
          return (
            <Paper key={key} p="lg" data-testid={`admin-card-${key}`} className="link-card">
              <Stack gap="xs">
                <ThemeIcon variant="light" size={40} radius="md">
                  <Icon size={22} aria-hidden />
                </ThemeIcon>
                <Title order={2} size="h3">
                  <AnchorLink to={to} className="link-card-target">
                    {t(`admin.sections.${key}.title`)}
                  </AnchorLink>
                </Title>
                <Text size="sm" c="dimmed">
                  {t(`admin.sections.${key}.description`)}
                </Text>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Page>
  );
}
