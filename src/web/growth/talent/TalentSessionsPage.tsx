import { Alert, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconLock, IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalentSession } from '../../../contracts/talent';
import { formatDate } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { toneAlert, toneBadge } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { TALENT_PAGE_SIZE, talentSessionsQuery } from './api';
import { NewSessionModal } from './NewSessionModal';

export const stateTone = { draft: 'neutral', in_review: 'info', locked: 'positive' } as const;

function PopulationText({ session }: { session: TalentSession }) {
  const { t } = useTranslation();
  const kind = t(`talent.populationKinds.${session.population.kind}`);
  return <>{session.population.label ? `${kind}: ${session.population.label}` : kind}</>;
}

/** `/growth/talent`: the talent reviews the caller reads (HR: all, participants: theirs). */
export function TalentSessionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const hr = hasRole(me, 'hr_admin');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const query = useQuery(talentSessionsQuery(page));
  return (
    <Page
      title={t('talent.title')}
      description={t('talent.lead')}
      actions={
        hr ? (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
            data-testid="talent-add"
          >
            {t('talent.add')}
          </Button>
        ) : null
      }
    >
      <Alert {...toneAlert('info')} icon={<IconLock aria-hidden />}>
        {t('talent.confidential')}
      </Alert>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={3} />}
        empty={
          <EmptyPanel
            testId="talent-empty"
            icon={<IconUsersGroup size={28} />}
            color="brand"
            title={t('talent.empty.title')}
            description={hr ? t('talent.empty.description') : t('talent.empty.descriptionReader')}
          />
        }
      >
        {(data) => (
          <Stack gap="sm">
            <Table.ScrollContainer minWidth={560}>
              <Table striped highlightOnHover data-testid="talent-sessions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('talent.columns.name')}</Table.Th>
                    <Table.Th>{t('talent.columns.population')}</Table.Th>
                    <Table.Th>{t('talent.columns.dates')}</Table.Th>
                    <Table.Th>{t('talent.columns.people')}</Table.Th>
                    <Table.Th>{t('talent.columns.state')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((session) => (
                    <Table.Tr key={session.id}>
                      <Table.Td>
                        <AnchorLink to="/growth/talent/$sessionId" params={{ sessionId: session.id }}>
                          {session.name}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>
                        <PopulationText session={session} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {formatDate(session.startsOn)} – {formatDate(session.endsOn)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{session.memberCount}</Table.Td>
                      <Table.Td>
                        <Badge {...toneBadge(stateTone[session.state])}>
                          {t(`talent.states.${session.state}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager page={page} pageSize={TALENT_PAGE_SIZE} total={data.total} onChange={setPage} />
          </Stack>
        )}
      </QueryView>
      {hr ? <NewSessionModal opened={adding} onClose={() => setAdding(false)} /> : null}
    </Page>
  );
}
