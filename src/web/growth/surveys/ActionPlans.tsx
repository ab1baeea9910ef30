import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionStatuses,
  createTeamActionRequest,
  type SurveyDriver,
  surveyDrivers,
  type TeamAction,
  updateTeamActionRequest,
} from '../../../contracts/surveys';
import { formatDate } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { type Tone, toneBadge } from '../../app/statusColors';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { DateField } from '../../components/DateField';
import { EmptyPanel } from '../../components/EmptyPanel';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { departmentsQuery, personQuery } from '../../org/api';
import { PersonPicker } from '../../org/PersonPicker';
import { type CreateTeamAction, surveyWrites, teamActionsQuery, type UpdateTeamAction } from './api';

type Status = TeamAction['status'];
const statusTone: Record<Status, Tone> = { planned: 'neutral', in_progress: 'info', done: 'positive' };

/** A person's name from the directory (owners and managers of team actions carry only an id). */
function PersonName({ id }: { id: string }) {
  const person = useQuery({ ...personQuery(id), staleTime: 5 * 60_000 });
  return <>{person.data?.displayName ?? '…'}</>;
}

/**
 * Team action plans after a survey: a manager's for their own team, HR's for any department or
 * team. Each action is about the team — the form says so — and never names who answered what.
 */
export function ActionPlans() {
  const { t } = useTranslation();
  const me = useMe();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<TeamAction | 'new' | null>(null);
  const actions = useQuery(teamActionsQuery(page));
  const departments = useQuery(departmentsQuery);
  const departmentName = (id: string) => departments.data?.items.find((d) => d.id === id)?.name ?? '…';
  const addButton = (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => setEditing('new')}
      data-testid="survey-action-add"
    >
      {t('surveys.actions.add')}
    </Button>
  );
  const columns: DataColumn<TeamAction>[] = [
    { key: 'title', header: t('surveys.actions.actionTitle'), primary: true, cell: (a) => a.actionTitle },
    {
      key: 'team',
      header: t('surveys.actions.team'),
      cell: (a) =>
        a.teamKind === 'department' ? (
          `${t('surveys.actions.teamOf.department')}: ${departmentName(a.teamId)}`
        ) : (
          <>
            {t('surveys.actions.teamOf.manager')}: <PersonName id={a.teamId} />
          </>
        ),
    },
    {
      key: 'driver',
      header: t('surveys.actions.driverCol'),
      cell: (a) => (a.driver ? t(`surveys.drivers.${a.driver}`) : '—'),
    },
    {
      key: 'owner',
      header: t('surveys.actions.ownerCol'),
      cell: (a) => (a.ownerId ? <PersonName id={a.ownerId} /> : '—'),
    },
    {
      key: 'due',
      header: t('surveys.actions.dueOn'),
      nowrap: true,
      cell: (a) => (a.dueOn ? formatDate(a.dueOn) : t('surveys.actions.noDue')),
    },
    {
      key: 'status',
      header: t('surveys.actions.status'),
      nowrap: true,
      cell: (a) => (
        <Badge {...toneBadge(statusTone[a.status])}>{t(`surveys.actions.statuses.${a.status}`)}</Badge>
      ),
    },
    {
      key: 'edit',
      header: t('surveys.actions.edit'),
      action: true,
      cell: (a) =>
        a.abilities.edit ? (
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => setEditing(a)}
            aria-label={t('surveys.actions.editLabel', { title: a.actionTitle })}
          >
            {t('surveys.actions.edit')}
          </Button>
        ) : null,
    },
  ];
  const canAdd = hasRole(me, 'hr_admin') || (me.person !== null && me.navigation.includes('team'));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text c="dimmed" maw={720} size="sm">
          {t('surveys.actions.lead')}
        </Text>
        {canAdd ? addButton : null}
      </Group>
      <ActionModal
        action={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <QueryView
        query={actions}
        skeleton={<TableSkeleton rows={3} />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconChecklist />}
            title={t('surveys.actions.emptyTitle')}
            description={t('surveys.actions.empty')}
            actions={canAdd ? addButton : undefined}
          />
        }
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.items}
            rowKey={(a) => a.id}
            label={t('surveys.actions.label')}
            pagination={{ page, pageSize: 20, total: data.total, onChange: setPage }}
            framed
            minWidth={820}
            testId="survey-actions-table"
          />
        )}
      </QueryView>
    </Stack>
  );
}

interface ActionValues {
  team: string;
  actionTitle: string;
  driver: string | null;
  ownerId: string | null;
  dueOn: string;
  status: Status;
}

function ActionModal({
  action,
  opened,
  onClose,
}: {
  action: TeamAction | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const isHr = hasRole(me, 'hr_admin');
  const departments = useQuery({ ...departmentsQuery, enabled: opened && isHr });
  const ownTeam = me.person && me.navigation.includes('team') ? `manager:${me.person.id}` : null;
  const teams = [
    ...(ownTeam ? [{ value: ownTeam, label: t('surveys.actions.myTeam') }] : []),
    ...(isHr
      ? (departments.data?.items ?? []).map((d) => ({
          value: `department:${d.id}`,
          label: `${t('surveys.actions.teamDepartment')}: ${d.name}`,
        }))
      : []),
  ];
  const splitTeam = (team: string) => {
    const [kind, id] = team.split(':') as ['manager' | 'department', string];
    return { teamKind: kind, teamId: id ?? '' };
  };
  const form = useContractForm<ActionValues, Record<string, unknown>, TeamAction>({
    opened,
    initialValues: action
      ? {
          team: `${action.teamKind}:${action.teamId}`,
          actionTitle: action.actionTitle,
          driver: action.driver,
          ownerId: action.ownerId,
          dueOn: action.dueOn ?? '',
          status: action.status,
        }
      : { team: ownTeam ?? '', actionTitle: '', driver: null, ownerId: null, dueOn: '', status: 'planned' },
    schema: action ? updateTeamActionRequest : createTeamActionRequest,
    toRequest: (values) => {
      const common = {
        actionTitle: values.actionTitle.trim(),
        driver: (values.driver as SurveyDriver | null) ?? null,
        ownerId: values.ownerId,
        dueOn: values.dueOn || null,
      };
      return action
        ? { version: action.version, ...common, status: values.status }
        : { ...splitTeam(values.team), surveyId: null, ...common };
    },
    submit: (body): Promise<TeamAction> =>
      action
        ? surveyWrites.updateAction(action.id, body as UpdateTeamAction)
        : surveyWrites.createAction(body as CreateTeamAction),
    onSuccess: () => {
      showToast({ tone: 'positive', message: t('surveys.actions.saved') });
      void queryClient.invalidateQueries({ queryKey: ['surveys', 'actions'] });
      onClose();
    },
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={action ? t('surveys.actions.editTitle') : t('surveys.actions.formTitle')}
      form={form}
      size="lg"
      testId="survey-action-form"
    >
      {action ? null : (
        <Select
          label={t('surveys.actions.team')}
          data={teams}
          allowDeselect={false}
          withAsterisk
          {...form.form.getInputProps('team')}
          error={form.form.errors.team ?? form.form.errors.teamId}
        />
      )}
      <TextInput
        label={t('surveys.actions.actionTitle')}
        description={t('surveys.actions.actionHelp')}
        withAsterisk
        data-autofocus
        {...form.form.getInputProps('actionTitle')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('surveys.actions.driver')}
          clearable
          data={surveyDrivers.map((value) => ({ value, label: t(`surveys.drivers.${value}`) }))}
          {...form.form.getInputProps('driver')}
        />
        <DateField label={t('surveys.actions.due')} clearable {...form.form.getInputProps('dueOn')} />
      </SimpleGrid>
      <PersonPicker
        label={t('surveys.actions.owner')}
        description={t('surveys.actions.ownerHelp')}
        value={form.form.getValues().ownerId}
        onChange={(person) => form.form.setFieldValue('ownerId', person?.id ?? null)}
        error={form.form.errors.ownerId}
      />
      {action ? (
        <Select
          label={t('surveys.actions.status')}
          allowDeselect={false}
          data={actionStatuses.map((value) => ({ value, label: t(`surveys.actions.statuses.${value}`) }))}
          {...form.form.getInputProps('status')}
        />
      ) : null}
    </FormModal>
  );
}
