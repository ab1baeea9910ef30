import { Alert, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowUpRight, IconInfoCircle, IconMapPin, IconRoute, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonPath } from '../../../contracts/paths';
import { useMe } from '../../app/session';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { AssessmentList } from './AssessmentList';
import { personPathQuery, teamQuery } from './api';
import { GapSection } from './GapSection';
import { PositionModal } from './PositionModal';

/** `/growth/paths`: my own career path. */
export function MyPathPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.person) {
    return (
      <Page title={t('paths.title')}>
        <EmptyPanel
          icon={<IconRoute size={28} />}
          title={t('paths.noPerson.title')}
          description={t('paths.noPerson.description')}
        />
      </Page>
    );
  }
  return (
    <PathView personId={me.person.id} own>
      {me.isManager ? <TeamPaths managerId={me.person.id} /> : null}
    </PathView>
  );
}

/** `/growth/paths/people/$personId`: a report's path for their manager, or anyone's position for HR. */
export function PersonPathPage() {
  const { personId } = useParams({ strict: false }) as { personId: string };
  const me = useMe();
  return <PathView personId={personId} own={me.person?.id === personId} />;
}

function PathView({
  personId,
  own,
  children,
}: {
  personId: string;
  own: boolean;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const query = useQuery(personPathQuery(personId));
  const [placing, setPlacing] = useState(false);
  const path = query.data;
  const title = own || !path ? t('paths.title') : t('paths.personTitle', { name: path.person.displayName });
  return (
    <Page
      title={title}
      description={t(own ? 'paths.leadOwn' : 'paths.leadOther')}
      above={
        own ? null : (
          <AnchorLink to="/growth/paths" size="sm">
            {t('paths.backToMine')}
          </AnchorLink>
        )
      }
      actions={
        path?.abilities.setPosition ? (
          <Button
            variant="default"
            leftSection={<IconMapPin size={16} aria-hidden />}
            onClick={() => setPlacing(true)}
          >
            {t('paths.position.set')}
          </Button>
        ) : null
      }
    >
      <QueryView
        query={query}
        skeleton={
          <Stack>
            <Skeleton h={120} />
            <Skeleton h={260} />
          </Stack>
        }
      >
        {(data) => (
          <>
            <PositionCard path={data} own={own} />
            {data.assessmentsVisible ? (
              <>
                <GapSection path={data} own={own} />
                <AssessmentList path={data} own={own} />
              </>
            ) : (
              <Alert
                icon={<IconInfoCircle size={18} aria-hidden />}
                color="gray"
                title={t('paths.hrOnly.title')}
              >
                {t('paths.hrOnly.description')}
              </Alert>
            )}
            {placing ? <PositionModal path={data} onClose={() => setPlacing(false)} /> : null}
          </>
        )}
      </QueryView>
      {children}
    </Page>
  );
}

function PositionCard({ path, own }: { path: PersonPath; own: boolean }) {
  const { t } = useTranslation();
  if (!path.position) {
    return (
      <EmptyPanel
        icon={<IconMapPin size={28} />}
        title={t(own ? 'paths.position.noneOwn' : 'paths.position.none')}
        description={t('paths.position.noneHelp')}
        order={2}
      />
    );
  }
  const { position, nextLevel } = path;
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2 }}
      spacing="sm"
      component="section"
      aria-label={t('paths.position.aria')}
    >
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('paths.position.current', { track: position.track.name })}
          </Text>
          <Badge variant="light" color={position.source === 'set' ? 'brand' : 'gray'}>
            {t(position.source === 'set' ? 'paths.position.setBadge' : 'paths.position.derivedBadge')}
          </Badge>
        </Group>
        <Title order={2} size="h3" mt={4} data-testid="paths-current-level">
          {position.level.name}
        </Title>
        {position.level.summary ? (
          <Text size="sm" mt={4}>
            {position.level.summary}
          </Text>
        ) : null}
      </Paper>
      <Paper withBorder p="md">
        <Group gap={6}>
          <IconArrowUpRight size={16} aria-hidden />
          <Text size="sm" c="dimmed">
            {t('paths.position.next')}
          </Text>
        </Group>
        {nextLevel ? (
          <>
            <Title order={2} size="h3" mt={4}>
              {nextLevel.name}
            </Title>
            {nextLevel.summary ? (
              <Text size="sm" mt={4}>
                {nextLevel.summary}
              </Text>
            ) : null}
          </>
        ) : (
          <Text mt={4}>{t('paths.position.top')}</Text>
        )}
      </Paper>
    </SimpleGrid>
  );
}

/** A manager's direct reports, each linking to their path. */
function TeamPaths({ managerId }: { managerId: string }) {
  const { t } = useTranslation();
  const team = useQuery(teamQuery(managerId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="paths-team">
      <Title order={2} size="h3" id="paths-team">
        {t('paths.team.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('paths.team.lead')}
      </Text>
      <QueryView
        query={team}
        skeleton={<Skeleton h={60} />}
        empty={
          <EmptyPanel
            icon={<IconUsers size={28} />}
            title={t('paths.team.empty')}
            description={t('paths.team.emptyHelp')}
            order={3}
          />
        }
      >
        {(data) => (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {data.items.map((person) => (
              <Paper key={person.id} withBorder p="sm">
                <AnchorLink to="/growth/paths/people/$personId" params={{ personId: person.id }} fw={600}>
                  {person.displayName}
                </AnchorLink>
                <Text size="sm" c="dimmed">
                  {person.jobTitle}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </QueryView>
    </Stack>
  );
}
