import { Stack } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../app/session';
import { SectionNav } from '../components/SectionNav';
import { performanceSectionsFor } from './sections';

/** Frame of the performance area: its section links above the page (each page renders its own h1). */
export function PerformanceLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const sections = performanceSectionsFor(me).map((section) => ({
    ...section,
    label: t(`performance.sections.${section.key}`),
  }));
  return (
    <Stack gap="lg">
      <SectionNav
        label={t('performance.sections.label')}
        sections={sections}
        color="indigo"
        testIdPrefix="performance-section"
      />
      <Outlet />
    </Stack>
  );
}
