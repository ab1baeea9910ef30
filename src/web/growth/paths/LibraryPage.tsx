import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBook, IconMessageQuestion, IconPlus, IconRoute } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trackInput } from '../../../contracts/paths';
import { toneColor } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { competenciesQuery, LIBRARY_PAGE_SIZE, pathKeys, pathsApi, tracksQuery } from './api';
import { ScaleEditor } from './ScaleEditor';

type StatusFilter = 'active' | 'retired';

/** `/growth/library`: HR's index of the career framework: scale, competencies, tracks, question bank. */
export function LibraryPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('paths.library.title')} description={t('paths.library.lead')}>
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm" wrap="nowrap">
            <IconMessageQuestion size={22} aria-hidden />
            <div>
              <Text fw={600}>{t('paths.library.questions')}</Text>
              <Text size="sm" c="dimmed">
                {t('paths.library.questionsHelp')}
              </Text>
            </div>
          </Group>
          {/* A plain link: the question bank's route belongs to the conversations part. */}
          <Anchor href="/growth/library/questions">{t('paths.library.openQuestions')}</Anchor>
        </Group>
      </Paper>
      <ScaleEditor />
      <CompetencyTable />
      <TrackTable />
    </Page>
  );
}

function CompetencyTable() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('active');
  const [page, setPage] = useState(1);
  const query = useQuery(competenciesQuery(status, page));
  return (
    <Stack gap="sm" component="section" aria-labelledby="library-competencies">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="library-competencies">
          {t('paths.library.competencies')}
        </Title>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={t('paths.library.filter')}
            value={status}
            onChange={(value) => {
              setStatus(value as StatusFilter);
              setPage(1);
            }}
            data={[
              { value: 'active', label: t('paths.status.active') },
              { value: 'retired', label: t('paths.status.retired') },
            ]}
          />
          <ButtonLink
            to="/growth/library/competencies/$competencyId"
            params={{ competencyId: 'new' }}
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
          >
            {t('paths.library.newCompetency')}
          </ButtonLink>
        </Group>
      </Group>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={5} />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconBook size={28} />}
            title={t(status === 'active' ? 'paths.library.noCompetencies' : 'paths.library.noRetired')}
            description={t('paths.library.noCompetenciesHelp')}
            order={3}
          />
        }
      >
        {(data) => (
          <>
            {/* Three short columns fit a phone (390 px) without hiding the last one. */}
            <Table.ScrollContainer minWidth={320}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('paths.library.name')}</Table.Th>
                    <Table.Th scope="col">{t('paths.library.category')}</Table.Th>
                    <Table.Th scope="col">{t('paths.library.usage')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <AnchorLink
                          to="/growth/library/competencies/$competencyId"
                          params={{ competencyId: c.id }}
                        >
                          {c.name}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{c.category}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={c.inUse ? toneColor.info : toneColor.neutral}>
                          {t(c.inUse ? 'paths.library.inUse' : 'paths.library.unused')}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data.total > LIBRARY_PAGE_SIZE ? (
              <Pager page={page} pageSize={LIBRARY_PAGE_SIZE} total={data.total} onChange={setPage} />
            ) : null}
          </>
        )}
      </QueryView>
    </Stack>
  );
}

function TrackTable() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('active');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const query = useQuery(tracksQuery(status, page));
  return (
    <Stack gap="sm" component="section" aria-labelledby="library-tracks">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="library-tracks">
          {t('paths.library.tracks')}
        </Title>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={t('paths.library.filterTracks')}
            value={status}
            onChange={(value) => {
              setStatus(value as StatusFilter);
              setPage(1);
            }}
            data={[
              { value: 'active', label: t('paths.status.active') },
              { value: 'retired', label: t('paths.status.retired') },
            ]}
          />
          <Button
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('paths.library.newTrack')}
          </Button>
        </Group>
      </Group>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={2} />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconRoute size={28} />}
            title={t('paths.library.noTracks')}
            description={t('paths.library.noTracksHelp')}
            order={3}
          />
        }
      >
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={360}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('paths.library.name')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('paths.library.levels')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((tr) => (
                    <Table.Tr key={tr.id}>
                      <Table.Td>
                        <AnchorLink to="/growth/library/tracks/$trackId" params={{ trackId: tr.id }}>
                          {tr.name}
                        </AnchorLink>
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {tr.description}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{tr.levelCount}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data.total > LIBRARY_PAGE_SIZE ? (
              <Pager page={page} pageSize={LIBRARY_PAGE_SIZE} total={data.total} onChange={setPage} />
            ) : null}
          </>
        )}
      </QueryView>
      {creating ? <NewTrackModal onClose={() => setCreating(false)} /> : null}
    </Stack>
  );
}

function NewTrackModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: trackInput,
    initialValues: { name: '' },
    submit: (body) => pathsApi.createTrack(body),
    onSuccess: (track) => {
      void queryClient.invalidateQueries({ queryKey: pathKeys.all });
      showToast({ tone: 'positive', message: t('paths.library.trackCreated') });
      void navigate({ to: '/growth/library/tracks/$trackId', params: { trackId: track.id } });
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('paths.library.newTrack')}
      form={form}
      cancelLabel={t('paths.cancel')}
      submitLabel={t('paths.library.create')}
    >
      <TextInput
        label={t('paths.library.name')}
        placeholder={t('paths.library.trackPlaceholder')}
        required
        maxLength={120}
        data-autofocus
        {...form.form.getInputProps('name')}
      />
    </FormModal>
  );
}
