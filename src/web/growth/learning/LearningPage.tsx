import { Tabs } from '@mantine/core';
import { IconBook, IconCertificate, IconSchool } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { Page } from '../../components/Page';
import { CatalogueTab } from './CatalogueTab';
import { CertificationsTab } from './CertificationsTab';
import { MyLearningTab } from './MyLearningTab';
import type { LearningTab } from './routes';

const route = getRouteApi('/app/growth/learning');

/** `/growth/learning`: the catalogue (HR edits it), my enrolments and my certifications. */
export function LearningPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tab: LearningTab = search.tab ?? 'catalogue';
  const personId = me.person?.id ?? null;
  return (
    <Page title={t('learning.title')} description={t('learning.lead')}>
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({ search: { tab: (value as LearningTab) ?? undefined }, replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="catalogue" leftSection={<IconBook size={16} aria-hidden />}>
            {t('learning.tabs.catalogue')}
          </Tabs.Tab>
          {personId ? (
            <>
              <Tabs.Tab value="mine" leftSection={<IconSchool size={16} aria-hidden />}>
                {t('learning.tabs.mine')}
              </Tabs.Tab>
              <Tabs.Tab value="certifications" leftSection={<IconCertificate size={16} aria-hidden />}>
                {t('learning.tabs.certifications')}
              </Tabs.Tab>
            </>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="catalogue" pt="md">
          <CatalogueTab />
        </Tabs.Panel>
        {personId ? (
          <>
            <Tabs.Panel value="mine" pt="md">
              <MyLearningTab
                personId={personId}
                onBrowse={() => void navigate({ search: { tab: 'catalogue' } })}
              />
            </Tabs.Panel>
            <Tabs.Panel value="certifications" pt="md">
              <CertificationsTab personId={personId} />
            </Tabs.Panel>
          </>
        ) : null}
      </Tabs>
    </Page>
  );
}
