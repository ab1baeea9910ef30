import { Badge, Group, Stack, Tabs } from '@mantine/core';
import { IconAdjustments, IconScale, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { compCycleStateTone, toneBadge } from '../../../app/statusColors';
import { AnchorLink } from '../../../components/links';
import { Page } from '../../../components/Page';
import { QueryView } from '../../../components/QueryView';
import { EquityPanel } from '../equity/EquityPanel';
import { CycleLettersButton } from '../letters/CycleLettersButton';
import { compCycleQuery } from './api';
import { CycleActions } from './CycleActions';
import { CycleSetupForm } from './CycleSetupForm';
import { CycleSummary } from './CycleSummary';
import { ParticipantsPanel } from './ParticipantsPanel';
import { ReleasePanel, showsRelease } from './ReleasePanel';

/**
 * `/performance/comp-cycles/$cycleId` (HR): a draft's set-up with the launch check, or a launched
 * cycle's frozen set-up, counts and people, with the moves its state allows; once approved, the
 * release section (pay changes, release, payroll export).
 */
export function CompCyclePage() {
  const { t } = useTranslation();
  const { cycleId } = useParams({ from: '/app/performance/comp-cycles/$cycleId' });
  const cycle = useQuery(compCycleQuery(cycleId));
  const back = <AnchorLink to="/performance/comp-cycles">{t('compensation.cycles.back')}</AnchorLink>;
  return (
    <QueryView
      query={cycle}
      frame={(body) => (
        <Page title={t('compensation.cycles.title')} above={back}>
          {body}
        </Page>
      )}
    >
      {(data) => (
        <Page
          title={data.name}
          above={back}
          description={
            <Group gap="xs" component="span">
              <Badge {...toneBadge(compCycleStateTone[data.state])}>
                {t(`compensation.cycles.states.${data.state}`)}
              </Badge>
              {data.sandbox ? (
                <Badge {...toneBadge('neutral')}>{t('compensation.cycles.sandbox')}</Badge>
              ) : null}
            </Group>
          }
          actions={
            <>
              <CycleLettersButton cycle={data} />
              <CycleActions cycle={data} />
            </>
          }
        >
          {data.state === 'draft' ? (
            <CycleSetupForm cycle={data} />
          ) : (
            <Stack gap="lg">
              {showsRelease(data) ? <ReleasePanel cycle={data} /> : null}
              <Tabs defaultValue="people" keepMounted={false}>
                <Tabs.List aria-label={t('compensation.cycles.tabs.label')}>
                  <Tabs.Tab value="people" leftSection={<IconUsers size={16} aria-hidden />}>
                    {t('compensation.cycles.tabs.people')}
                  </Tabs.Tab>
                  <Tabs.Tab value="setup" leftSection={<IconAdjustments size={16} aria-hidden />}>
                    {t('compensation.cycles.tabs.setup')}
                  </Tabs.Tab>
                  <Tabs.Tab value="equity" leftSection={<IconScale size={16} aria-hidden />}>
                    {t('compensation.cycles.tabs.equity')}
                  </Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="people" pt="md">
                  <ParticipantsPanel cycle={data} />
                </Tabs.Panel>
                <Tabs.Panel value="setup" pt="md">
                  <Stack>
                    <CycleSummary cycle={data} />
                  </Stack>
                </Tabs.Panel>
                <Tabs.Panel value="equity" pt="md">
                  <EquityPanel cycleId={data.id} />
                </Tabs.Panel>
              </Tabs>
            </Stack>
          )}
        </Page>
      )}
    </QueryView>
  );
}
