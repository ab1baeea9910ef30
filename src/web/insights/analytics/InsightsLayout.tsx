import { Stack } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import classes from '../../components/SectionNav.module.css';
import { analyticsAccess } from './analyticsView';
import { halfLook } from './halfLook';

/**
 * Frame of `/insights`: the two halves as links, each in its track's colour and icon, above the
 * page. Someone who neither manages nor works in HR has no analytics (the server answers 404 too),
 * and is told what there is for them instead.
 */
export function InsightsLayout() {
  const { t } = useTranslation();
  const me = useMe();
  if (analyticsAccess(me).scopes.length === 0)
    return (
      <Page title={t('analytics.title')}>
        <EmptyPanel
          icon={<IconChartBar size={28} />}
          title={t('analytics.denied.title')}
          description={t('analytics.denied.description')}
          testId="insights-denied"
        />
      </Page>
    );
  return (
    <Stack gap="lg">
      <nav aria-label={t('analytics.sections.label')}>
        <ul className={classes.list}>
          {(['now', 'next'] as const).map((half) => {
            const { color, icon: Icon } = halfLook[half];
            return (
              <li key={half}>
                <ButtonLink
                  to={half === 'now' ? '/insights/now' : '/insights/next'}
                  size="compact-md"
                  variant="subtle"
                  color="gray"
                  leftSection={<Icon size={16} aria-hidden />}
                  activeProps={{ 'aria-current': 'page', variant: 'light', color }}
                  data-testid={`insights-section-${half}`}
                >
                  {t(`analytics.sections.${half}`)}
                </ButtonLink>
              </li>
            );
          })}
        </ul>
      </nav>
      <Outlet />
    </Stack>
  );
}
