import { Tabs } from '@mantine/core';
import { IconFileImport, IconMail, IconStairs } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { BandsPanel } from './BandsPanel';
import { LetterTemplatePanel } from './letters/LetterTemplatePanel';
import { PayImportPanel } from './PayImportPanel';
import type { PayAdminTab } from './routes';

const route = getRouteApi('/app/performance/pay-admin');

/** `/performance/pay-admin` (HR): salary bands with their versions, the CSV imports of pay and bands, and the pay-letter template. */
export function PayAdminPage() {
  const { t } = useTranslation();
  const { tab = 'bands' } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <Page title={t('compensation.admin.title')} description={t('compensation.admin.lead')}>
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({ search: { tab: (value as PayAdminTab) ?? undefined }, replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('compensation.admin.tabs.label')}>
          <Tabs.Tab value="bands" leftSection={<IconStairs size={16} aria-hidden />}>
            {t('compensation.admin.tabs.bands')}
          </Tabs.Tab>
          <Tabs.Tab value="import" leftSection={<IconFileImport size={16} aria-hidden />}>
            {t('compensation.admin.tabs.import')}
          </Tabs.Tab>
          <Tabs.Tab value="letters" leftSection={<IconMail size={16} aria-hidden />}>
            {t('compensation.admin.tabs.letters')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="bands" pt="md">
          <BandsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <PayImportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="letters" pt="md">
          <LetterTemplatePanel />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
