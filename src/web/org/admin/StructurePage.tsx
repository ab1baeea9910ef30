import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminBack } from '../../components/AdminBack';
import { Page } from '../../components/Page';
import { DepartmentsPanel } from './DepartmentsPanel';
import { LevelsPanel } from './LevelsPanel';

export function StructurePage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('admin.sections.structure.title')}
      description={t('admin.structure.lead')}
      above={<AdminBack />}
    >
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DepartmentsPanel />
        <LevelsPanel />
      </SimpleGrid>
    </Page>
  );
}
