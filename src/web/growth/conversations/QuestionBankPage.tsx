import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  IconArchive,
  IconArrowDown,
  IconArrowUp,
  IconPencil,
  IconPlus,
  IconRestore,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CareerQuestion, type QuestionTheme, questionTheme } from '../../../contracts/conversations';
import { apiPatch, apiPost } from '../../api/client';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { apiFieldError } from '../../i18n/issues';
import { conversationKeys, questionsQuery, settingsQuery } from './api';

/** `/growth/library/questions`: HR edits the organisation's guided questions; others may read them. */
export function QuestionBankPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery());
  const canEdit = settings.data?.abilities.edit ?? false;
  // Settings first: whether the caller may edit decides if the list with retired questions is asked for.
  const query = useQuery({ ...questionsQuery(canEdit), enabled: !settings.isPending });
  const [editing, setEditing] = useState<CareerQuestion | 'new' | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: conversationKeys.all });
  const reorder = useMutation({
    mutationFn: (questionIds: string[]) =>
      apiPost('/api/growth/conversations/questions/order', { body: { questionIds } }),
    onSuccess: refresh,
  });
  const retire = useMutation({
    mutationFn: (q: CareerQuestion) =>
      apiPatch('/api/growth/conversations/questions/{questionId}', {
        params: { path: { questionId: q.id } },
        body: { version: q.version, retired: !q.retired },
      }),
    onSuccess: async () => {
      await refresh();
      showToast({ tone: 'positive', message: t('conversations.questions.saved') });
    },
  });
  const active = query.data?.items.filter((q) => !q.retired) ?? [];
  const retired = query.data?.items.filter((q) => q.retired) ?? [];
  const move = (index: number, by: -1 | 1) => {
    const ids = active.map((q) => q.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    reorder.mutate(ids);
  };
  return (
    <Page
      title={t('conversations.questions.title')}
      description={t('conversations.questions.lead')}
      above={
        <AnchorLink to="/growth/conversations" size="sm">
          ← {t('conversations.questions.back')}
        </AnchorLink>
      }
      actions={
        canEdit ? (
          <Button
            color="brand"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
            data-testid="question-add"
          >
            {t('conversations.questions.add')}
          </Button>
        ) : null
      }
    >
      {reorder.isError ? <ErrorAlert error={reorder.error} /> : null}
      {retire.isError ? <ErrorAlert error={retire.error} /> : null}
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={5} />}
        isEmpty={() => active.length === 0}
        empty={<Text c="dimmed">{t('conversations.questions.empty')}</Text>}
      >
        {() => (
          <Stack
            gap="xs"
            component="ol"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            data-testid="question-list"
          >
            {active.map((question, index) => (
              <Paper
                key={question.id}
                component="li"
                withBorder
                p="sm"
                radius="md"
                data-testid="question-row"
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Badge color="brand" variant="light">
                        {index + 1}
                      </Badge>
                      <Badge color="gray" variant="outline">
                        {t(`conversations.themes.${question.theme}`)}
                      </Badge>
                    </Group>
                    <Text fw={600}>{question.prompt}</Text>
                    {question.guidance ? (
                      <Text size="sm" c="dimmed">
                        {question.guidance}
                      </Text>
                    ) : null}
                  </Stack>
                  {canEdit ? (
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`${t('conversations.questions.up')}: ${question.prompt}`}
                        disabled={index === 0 || reorder.isPending}
                        onClick={() => move(index, -1)}
                      >
                        <IconArrowUp size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`${t('conversations.questions.down')}: ${question.prompt}`}
                        disabled={index === active.length - 1 || reorder.isPending}
                        onClick={() => move(index, 1)}
                      >
                        <IconArrowDown size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`${t('conversations.questions.edit')}: ${question.prompt}`}
                        onClick={() => setEditing(question)}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color={toneColor.negative}
                        aria-label={`${t('conversations.questions.retire')}: ${question.prompt}`}
                        onClick={() => retire.mutate(question)}
                      >
                        <IconArchive size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  ) : null}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryView>
      {retired.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="retired-title">
          <Title order={2} size="h4" id="retired-title">
            {t('conversations.questions.retiredTitle')}
          </Title>
          {retired.map((question) => (
            <Paper key={question.id} withBorder p="sm" radius="md" bg="gray.0">
              <Group justify="space-between" wrap="nowrap">
                <Text c="dimmed">{question.prompt}</Text>
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconRestore size={14} aria-hidden />}
                  onClick={() => retire.mutate(question)}
                >
                  {t('conversations.questions.restore')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : null}
      <QuestionModal editing={editing} onClose={() => setEditing(null)} />
    </Page>
  );
}

function QuestionModal({
  editing,
  onClose,
}: {
  editing: CareerQuestion | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [theme, setTheme] = useState<QuestionTheme>('future');
  const [prompt, setPrompt] = useState('');
  const [guidance, setGuidance] = useState('');
  useEffect(() => {
    if (!editing) return;
    setTheme(editing === 'new' ? 'future' : editing.theme);
    setPrompt(editing === 'new' ? '' : editing.prompt);
    setGuidance(editing === 'new' ? '' : editing.guidance);
  }, [editing]);
  const save = useMutation({
    mutationFn: () =>
      editing === 'new' || !editing
        ? apiPost('/api/growth/conversations/questions', { body: { theme, prompt, guidance } })
        : apiPatch('/api/growth/conversations/questions/{questionId}', {
            params: { path: { questionId: editing.id } },
            body: { version: editing.version, theme, prompt, guidance },
          }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: conversationKeys.all });
      showToast({ tone: 'positive', message: t('conversations.questions.saved') });
      onClose();
    },
  });
  const promptError = apiFieldError(save.error, 'prompt') ?? null;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="lg"
      title={
        editing === 'new' ? t('conversations.questions.addTitle') : t('conversations.questions.editTitle')
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="md">
          <Select
            label={t('conversations.questions.theme')}
            data={questionTheme.options.map((value) => ({
              value,
              label: t(`conversations.themes.${value}`),
            }))}
            value={theme}
            allowDeselect={false}
            onChange={(value) => setTheme((value as QuestionTheme) ?? 'future')}
          />
          <Textarea
            label={t('conversations.questions.prompt')}
            autosize
            minRows={2}
            required
            value={prompt}
            onChange={(e) => setPrompt(e.currentTarget.value)}
            error={promptError}
            data-testid="question-prompt"
          />
          <Textarea
            label={t('conversations.questions.guidance')}
            autosize
            minRows={2}
            value={guidance}
            onChange={(e) => setGuidance(e.currentTarget.value)}
          />
          {save.isError && !promptError ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" color="brand" loading={save.isPending} data-testid="question-save">
              {t('conversations.questions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
