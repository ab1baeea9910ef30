import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTemplate, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assignTemplateRequest,
  type GoalTemplate,
  goalTemplateRequest,
  updateGoalTemplateRequest,
} from '../../../contracts/goals';
import { formatNumber } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { toneText } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { departmentsQuery, levelsQuery } from '../../org/api';
import { PersonPicker } from '../../org/PersonPicker';
import { goalWrites, templatesQuery } from './api';
import { emptyKeyResult, type KeyResultDraft, KeyResultFields, keyResultPayload } from './KeyResultFields';

/** `/performance/goal-templates`: HR writes templates; HR and managers assign them in bulk. */
export function GoalTemplatesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const hr = hasRole(me, 'hr_admin');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<GoalTemplate | 'new' | null>(null);
  const [assigning, setAssigning] = useState<GoalTemplate | null>(null);
  const templates = useQuery(templatesQuery(page));
  const addButton = hr ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
      {t('goals.templates.add')}
    </Button>
  ) : null;
  return (
    <Page title={t('goals.templates.title')} description={t('goals.templates.lead')} actions={addButton}>
      <QueryView
        query={templates}
        skeleton={<TableSkeleton rows={3} />}
        empty={
          <EmptyPanel
            icon={<IconTemplate size={28} />}
            title={t('goals.templates.emptyTitle')}
            description={hr ? t('goals.templates.emptyHr') : t('goals.templates.empty')}
            actions={addButton}
          />
        }
      >
        {(data) => (
          <Stack gap="md">
            <SimpleGrid
              cols={{ base: 1, md: 2 }}
              component="ul"
              p={0}
              m={0}
              aria-label={t('goals.templates.title')}
            >
              {data.items.map((template) => (
                <Paper
                  key={template.id}
                  component="li"
                  withBorder
                  p="md"
                  style={{ listStyle: 'none' }}
                  data-testid="goal-template"
                >
                  <Stack gap="xs">
                    <Title order={2} size="h4">
                      {template.name}
                    </Title>
                    <Text size="sm">{template.title}</Text>
                    <Group gap={4}>
                      {template.keyResults.map((kr) => (
                        <Badge key={kr.title} variant="light" color="gray" size="sm" tt="none">
                          {kr.title}
                        </Badge>
                      ))}
                    </Group>
                    <Group gap="xs">
                      {template.abilities.assign ? (
                        <Button
                          size="xs"
                          leftSection={<IconUsersGroup size={14} aria-hidden />}
                          onClick={() => setAssigning(template)}
                        >
                          {t('goals.templates.assign')}
                        </Button>
                      ) : null}
                      {template.abilities.edit ? (
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          onClick={() => setEditing(template)}
                        >
                          {t('goals.edit')}
                        </Button>
                      ) : null}
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
            <Pager page={page} pageSize={20} total={data.total} onChange={setPage} />
          </Stack>
        )}
      </QueryView>
      <TemplateModal template={editing} onClose={() => setEditing(null)} />
      <AssignModal template={assigning} onClose={() => setAssigning(null)} />
    </Page>
  );
}

interface TemplateValues {
  name: string;
  title: string;
  description: string;
  keyResults: KeyResultDraft[];
}

function TemplateModal({
  template,
  onClose,
}: {
  template: GoalTemplate | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const existing = template && template !== 'new' ? template : null;
  const form = useContractForm({
    schema: existing ? updateGoalTemplateRequest : goalTemplateRequest,
    initialValues: {
      name: existing?.name ?? '',
      title: existing?.title ?? '',
      description: existing?.description ?? '',
      keyResults: existing?.keyResults.map((kr) => ({ ...kr, currency: kr.currency ?? '' })) ?? [
        emptyKeyResult(),
      ],
    } as TemplateValues,
    toRequest: (values) => {
      const body = {
        ...values,
        keyResults: values.keyResults.map((kr) => {
          const { id: _id, ...rest } = keyResultPayload(kr) as ReturnType<typeof keyResultPayload> & {
            id?: string;
          };
          return rest;
        }),
      };
      return existing ? { ...body, version: existing.version } : body;
    },
    submit: (body) =>
      existing
        ? goalWrites.updateTemplate(existing.id, { ...body, version: existing.version })
        : goalWrites.createTemplate(body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['goal-templates'] });
      onClose();
    },
    opened: template !== null,
  });
  const input = form.form.getInputProps;
  return (
    <FormModal
      opened={template !== null}
      onClose={onClose}
      title={existing ? t('goals.templates.editTitle') : t('goals.templates.addTitle')}
      size="lg"
      form={form}
      cancelLabel={t('goals.form.cancel')}
      submitLabel={t('goals.form.save')}
    >
      <TextInput label={t('goals.templates.name')} required {...input('name')} />
      <TextInput label={t('goals.form.title')} required {...input('title')} />
      <Textarea label={t('goals.form.description')} autosize {...input('description')} />
      <KeyResultFields
        value={form.form.getValues().keyResults}
        onChange={(keyResults) => form.form.setFieldValue('keyResults', keyResults)}
        errors={form.form.errors as Record<string, string>}
      />
    </FormModal>
  );
}

interface AssignValues {
  departmentIds: string[];
  levelIds: string[];
  jobTitle: string;
  managerId: string | null;
  hiredOnOrBefore: string;
  periodStart: string;
  periodEnd: string;
}

const noAssignFilter: AssignValues = {
  departmentIds: [],
  levelIds: [],
  jobTitle: '',
  managerId: null,
  hiredOnOrBefore: '',
  periodStart: '',
  periodEnd: '',
};

/** The filter as the API takes it: empty choices are left out. */
function assignFilter(values: AssignValues) {
  return {
    departmentIds: values.departmentIds,
    levelIds: values.levelIds,
    ...(values.jobTitle.trim() ? { jobTitle: values.jobTitle.trim() } : {}),
    ...(values.managerId ? { managerId: values.managerId } : {}),
    ...(values.hiredOnOrBefore ? { hiredOnOrBefore: values.hiredOnOrBefore } : {}),
  };
}

/** Who gets the template: preview the count first, then assign exactly that many. */
function AssignModal({ template, onClose }: { template: GoalTemplate | null; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const hr = hasRole(me, 'hr_admin');
  const queryClient = useQueryClient();
  const departments = useQuery({ ...departmentsQuery, enabled: template !== null });
  const levels = useQuery({ ...levelsQuery, enabled: template !== null });
  const [preview, setPreview] = useState<number | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const form = useContractForm({
    schema: assignTemplateRequest,
    initialValues: noAssignFilter,
    toRequest: (values) => ({
      filter: assignFilter(values),
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      expectedCount: preview ?? 0,
    }),
    submit: (body) => goalWrites.assign(template?.id ?? '', body),
    onSuccess: async (result) => {
      setDone(result.created);
      setPreview(null);
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
    },
    opened: template !== null,
  });
  const values = form.form.getValues();
  useEffect(() => {
    if (template) {
      setPreview(null);
      setDone(null);
    }
  }, [template]);
  // Any change to who or when makes the previewed count stale.
  const changes = JSON.stringify(values);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the values are the trigger
  useEffect(() => setPreview(null), [changes]);
  const previewMutation = useMutation({
    mutationFn: () =>
      goalWrites.previewAssignment(template?.id ?? '', {
        filter: assignFilter(values),
        ...(values.periodStart && values.periodEnd
          ? { periodStart: values.periodStart, periodEnd: values.periodEnd }
          : {}),
      }),
    onSuccess: (result) => setPreview(result.count),
  });
  const input = form.form.getInputProps;
  return (
    <FormModal
      opened={template !== null}
      onClose={onClose}
      title={t('goals.templates.assignTitle', { name: template?.name ?? '' })}
      size="lg"
      form={form}
      cancelLabel={t('goals.form.cancel')}
      submitLabel={t('goals.templates.confirm', { count: preview ?? 0 })}
      submitProps={{
        disabled: preview === null || preview === 0 || !values.periodStart || !values.periodEnd,
      }}
      footer={
        <Button variant="light" onClick={() => previewMutation.mutate()} loading={previewMutation.isPending}>
          {t('goals.templates.preview')}
        </Button>
      }
    >
      <Text size="sm" c="dimmed">
        {hr ? t('goals.templates.assignHelpHr') : t('goals.templates.assignHelpManager')}
      </Text>
      <MultiSelect
        label={t('goals.templates.departments')}
        data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
        searchable
        clearable
        {...input('departmentIds')}
      />
      <MultiSelect
        label={t('goals.templates.levels')}
        data={(levels.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
        clearable
        {...input('levelIds')}
      />
      <TextInput label={t('goals.templates.jobTitle')} {...input('jobTitle')} />
      <PersonPicker
        label={t('goals.templates.manager')}
        value={values.managerId}
        onChange={(p) => form.form.setFieldValue('managerId', p?.id ?? null)}
        clearable
      />
      <TextInput type="date" label={t('goals.templates.hiredBefore')} {...input('hiredOnOrBefore')} />
      <Group grow align="flex-start">
        <TextInput type="date" label={t('goals.form.periodStart')} required {...input('periodStart')} />
        <TextInput type="date" label={t('goals.form.periodEnd')} required {...input('periodEnd')} />
      </Group>
      {previewMutation.isError ? <ErrorAlert error={previewMutation.error} /> : null}
      <div aria-live="polite">
        {preview !== null ? (
          <Text fw={600} data-testid="assign-preview">
            {t('goals.templates.previewCount', { count: preview, formatted: formatNumber(preview) })}
          </Text>
        ) : null}
        {done !== null ? (
          <Text fw={600} c={toneText('positive')} data-testid="assign-done">
            {t('goals.templates.assigned', { count: done, formatted: formatNumber(done) })}
          </Text>
        ) : null}
      </div>
    </FormModal>
  );
}
