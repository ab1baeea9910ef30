import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../contracts/org';
import { formatDate } from '../../app/format';
import { AnchorLink } from '../../components/links';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text component="dt" size="xs" fw={700} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

/** The facts about a person's place in the organisation, as a definition list. */
export function ProfileDetails({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const none = (
    <Text span c="dimmed">
      {t('person.notSet')}
    </Text>
  );
  return (
    <Paper p="lg" component="section" aria-label={t('profile.details')}>
      <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} spacing="lg" verticalSpacing="md" m={0}>
        <Fact label={t('person.department')}>{person.department?.name ?? none}</Fact>
        <Fact label={t('person.level')}>
          {person.level ? `${person.level.code} · ${person.level.name}` : none}
        </Fact>
        <Fact label={t('person.location')}>{person.location || none}</Fact>
        <Fact label={t('person.hireDate')}>{formatDate(person.hireDate)}</Fact>
        <Fact label={t('person.manager')} testId="profile-manager">
          {person.manager ? (
            <AnchorLink to="/people/$personId" params={{ personId: person.manager.id }}>
              {person.manager.displayName}
            </AnchorLink>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('person.directReports')} testId="profile-direct-reports">
          {person.directReportCount > 0 ? (
            <AnchorLink to="/org-chart" search={{ focus: person.id }}>
              {t('orgChart.reports', { count: person.directReportCount })}
            </AnchorLink>
          ) : (
            t('profile.noReports')
          )}
        </Fact>
        <Fact label={t('person.email')}>
          <Anchor href={`mailto:${person.email}`} style={{ wordBreak: 'break-all' }}>
            {person.email}
          </Anchor>
        </Fact>
        <Fact label={t('person.timezone')}>{person.timezone}</Fact>
        {person.employeeId ? <Fact label={t('person.employeeId')}>{person.employeeId}</Fact> : null}
        {person.terminatedOn ? (
          <Fact label={t('person.terminatedOn')}>{formatDate(person.terminatedOn)}</Fact>
        ) : null}
        {person.hasAccount !== undefined ? (
          <Fact label={t('profile.account')}>
            <Group gap={4}>{person.hasAccount ? t('profile.hasAccount') : t('profile.noAccount')}</Group>
          </Fact>
        ) : null}
      </SimpleGrid>
    </Paper>
  );
}
