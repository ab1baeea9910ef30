import {
  Badge,
  Button,
  Group,
  Modal,
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
import type { GoalTemplate } from '../../../contracts/goals';
import { formatNumber } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { TableSkeleton } from '../../components/TableSkeleton';
import { departmentsQuery, levelsQuery } from '../../org/api';
import { PersonPicker } from '../../org/PersonPicker';
import { goalWrites, templatesQuery } from './api';
import { emptyKeyResult, type KeyResultDraft, KeyResultFields, keyResultPayload } from './KeyResultFields';
import { fieldErrors, SaveFormModal } from './SaveFormModal';

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
      {templates.isPending ? (
        <TableSkeleton rows={3} />
      ) : templates.isError ? (
        <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
      ) : templates.data.items.length === 0 ? (
        <EmptyPanel
          icon={<IconTemplate size={28} />}
          title={t('goals.templates.emptyTitle')}
          description={hr ? t('goals.templates.emptyHr') : t('goals.templates.empty')}
          actions={addButton}
        />
      ) : (
        <Stack gap="md">
          <SimpleGrid
            cols={{ base: 1, md: 2 }}
            component="ul"
            p={0}
            m={0}
            aria-label={t('goals.templates.title')}
          >
            {templates.data.items.map((template) => (
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
          <Pager page={page} pageSize={20} total={templates.data.total} onChange={setPage} />
        </Stack>
      )}
      <TemplateModal template={editing} onClose={() => setEditing(null)} />
      <AssignModal template={assigning} onClose={() => setAssigning(null)} />
    </Page>
  );
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
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [keyResults, setKeyResults] = useState<KeyResultDraft[]>([]);
  useEffect(() => {
    setName(existing?.name ?? '');
    setTitle(existing?.title ?? '');
    setDescription(existing?.description ?? '');
    setKeyResults(
      existing?.keyResults.map((kr) => ({ ...kr, currency: kr.currency ?? '' })) ?? [emptyKeyResult()],
    );
  }, [existing]);
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name,
        title,
        description,
        keyResults: keyResults.map((kr) => {
          const { id: _id, ...rest } = keyResultPayload(kr) as ReturnType<typeof keyResultPayload> & {
            id?: string;
          };
          return rest;
        }),
      };
      return existing
        ? goalWrites.updateTemplate(existing.id, { ...body, version: existing.version })
        : goalWrites.createTemplate(body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['goal-templates'] });
      onClose();
    },
  });
  const fields = fieldErrors(save);
  return (
    <SaveFormModal
      opened={template !== null}
      onClose={onClose}
      title={existing ? t('goals.templates.editTitle') : t('goals.templates.addTitle')}
      save={save}
    >
      <TextInput
        label={t('goals.templates.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fields.name}
        required
      />
      <TextInput
        label={t('goals.form.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={fields.title}
        required
      />
      <Textarea
        label={t('goals.form.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
      />
      <KeyResultFields value={keyResults} onChange={setKeyResults} errors={fields} />
    </SaveFormModal>
  );
}

function AssignModal({ template, onClose }: { template: GoalTemplate | null; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const hr = hasRole(me, 'hr_admin');
  const queryClient = useQueryClient();
  const departments = useQuery({ ...departmentsQuery, enabled: template !== null });
  const levels = useQuery({ ...levelsQuery, enabled: template !== null });
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [levelIds, setLevelIds] = useState<string[]>([]);
  const [jobTitle, setJobTitle] = useState('');
  const [managerId, setManagerId] = useState<string | null>(null);
  const [hiredOnOrBefore, setHired] = useState('');
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [preview, setPreview] = useState<number | null>(null);
  const [done, setDone] = useState<number | null>(null);
  useEffect(() => {
    if (template) {
      setPreview(null);
      setDone(null);
    }
  }, [template]);
  const filter = {
    departmentIds,
    levelIds,
    ...(jobTitle.trim() ? { jobTitle: jobTitle.trim() } : {}),
    ...(managerId ? { managerId } : {}),
    ...(hiredOnOrBefore ? { hiredOnOrBefore } : {}),
  };
  const period = periodStart && periodEnd ? { periodStart, periodEnd } : {};
  const previewMutation = useMutation({
    mutationFn: () => goalWrites.previewAssignment(template!.id, { filter, ...period }),
    onSuccess: (result) => setPreview(result.count),
  });
  const assign = useMutation({
    mutationFn: () =>
      goalWrites.assign(template!.id, { filter, periodStart, periodEnd, expectedCount: preview ?? 0 }),
    onSuccess: async (result) => {
      setDone(result.created);
      setPreview(null);
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
    },
  });
  const changed = () => setPreview(null);
  return (
    <Modal
      opened={template !== null}
      onClose={onClose}
      title={t('goals.templates.assignTitle', { name: template?.name ?? '' })}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {hr ? t('goals.templates.assignHelpHr') : t('goals.templates.assignHelpManager')}
        </Text>
        <MultiSelect
          label={t('goals.templates.departments')}
          data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={departmentIds}
          onChange={(v) => {
            setDepartmentIds(v);
            changed();
          }}
          searchable
          clearable
        />
        <MultiSelect
          label={t('goals.templates.levels')}
          data={(levels.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
          value={levelIds}
          onChange={(v) => {
            setLevelIds(v);
            changed();
          }}
          clearable
        />
        <TextInput
          label={t('goals.templates.jobTitle')}
          value={jobTitle}
          onChange={(e) => {
            setJobTitle(e.currentTarget.value);
            changed();
          }}
        />
        <PersonPicker
          label={t('goals.templates.manager')}
          value={managerId}
          onChange={(p) => {
            setManagerId(p?.id ?? null);
            changed();
          }}
          clearable
        />
        <TextInput
          type="date"
          label={t('goals.templates.hiredBefore')}
          value={hiredOnOrBefore}
          onChange={(e) => {
            setHired(e.currentTarget.value);
            changed();
          }}
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('goals.form.periodStart')}
            value={periodStart}
            onChange={(e) => {
              setPeriodStart(e.currentTarget.value);
              changed();
            }}
            required
          />
          <TextInput
            type="date"
            label={t('goals.form.periodEnd')}
            value={periodEnd}
            onChange={(e) => {
              setPeriodEnd(e.currentTarget.value);
              changed();
            }}
            required
          />
        </Group>
        {previewMutation.isError ? <ErrorAlert error={previewMutation.error} /> : null}
        {assign.isError ? <ErrorAlert error={assign.error} /> : null}
        <div aria-live="polite">
          {preview !== null ? (
            <Text fw={600} data-testid="assign-preview">
              {t('goals.templates.previewCount', { count: preview, formatted: formatNumber(preview) })}
            </Text>
          ) : null}
          {done !== null ? (
            <Text fw={600} c="teal" data-testid="assign-done">
              {t('goals.templates.assigned', { count: done, formatted: formatNumber(done) })}
            </Text>
          ) : null}
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('goals.form.cancel')}
          </Button>
          <Button
            variant="light"
            onClick={() => previewMutation.mutate()}
            loading={previewMutation.isPending}
          >
            {t('goals.templates.preview')}
          </Button>
          <Button
            onClick={() => assign.mutate()}
            loading={assign.isPending}
            disabled={preview === null || preview === 0 || !periodStart || !periodEnd}
          >
            {t('goals.templates.confirm', { count: preview ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
