import { Group, ScrollArea, Stack } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../app/session';
import { ButtonLink } from '../components/links';
import { performanceSectionsFor } from './sections';

/**
 * Frame of the performance area: a row of section links above the page (each page renders its own
 * <Page> with the one h1). It scrolls sideways on a phone instead of wrapping into a wall of buttons.
 */
export function PerformanceLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const sections = performanceSectionsFor(me);
  return (
    <Stack gap="lg">
      <nav aria-label={t('performance.sections.label')}>
        <ScrollArea type="auto" scrollbarSize={6} offsetScrollbars="x">
          <Group gap={4} wrap="nowrap" pb={4} component="ul" className="plain-list" m={0} p={0}>
            {sections.map((section) => (
              <li key={section.key} style={{ listStyle: 'none' }}>
                <ButtonLink
                  to={section.to}
                  size="compact-sm"
                  variant="subtle"
                  color="gray"
                  activeOptions={{ exact: section.exact ?? false }}
                  activeProps={{ 'aria-current': 'page', variant: 'light', color: 'indigo' }}
                  data-testid={`performance-section-${section.key}`}
                >
                  {t(`performance.sections.${section.key}`)}
                </ButtonLink>
              </li>
            ))}
          </Group>
        </ScrollArea>
      </nav>
      <Outlet />
    </Stack>
  );
}
