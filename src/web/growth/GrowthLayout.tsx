import { Stack } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../app/session';
import { SectionNav } from '../components/SectionNav';
import { growthSectionsFor } from './sections';
import { useSuccessionAccess } from './succession/api';
import { useTalentAccess } from './talent/api';

/** Frame of the growth area: its section links (in the growth colour) above the page. */
export function GrowthLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const succession = useSuccessionAccess(me);
  const talent = useTalentAccess(me);
  const sections = growthSectionsFor(me, { succession, talent }).map((section) => ({
    ...section,
    label: t(`growth.sections.${section.key}`),
  }));
  return (
    <Stack gap="lg">
      <SectionNav
        label={t('growth.sections.label')}
        sections={sections}
        color="brand"
        testIdPrefix="growth-section"
      />
      <Outlet />
    </Stack>
  );
}
