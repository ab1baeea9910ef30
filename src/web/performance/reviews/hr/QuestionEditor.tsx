import {
  ActionIcon,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TemplateQuestionDto } from '../../../../contracts/reviews';
import { toneColor } from '../../../app/statusColors';

const kinds = ['rating', 'text', 'competency', 'goals'] as const;
const audiences = ['self', 'manager', 'both'] as const;

/** One question of the template builder. `path` prefixes the server's field errors for it. */
export function QuestionEditor({
  question,
  number,
  errors,
  path,
  onChange,
  onRemove,
  onMove,
}: {
  question: TemplateQuestionDto;
  number: number;
  errors: Record<string, string>;
  path: string;
  onChange: (question: TemplateQuestionDto) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof TemplateQuestionDto>(key: K, value: TemplateQuestionDto[K]) =>
    onChange({ ...question, [key]: value });
  const rated = question.kind === 'rating' || question.kind === 'competency';
  const german = question.translations?.de ?? {};
  const setGerman = (key: 'prompt' | 'help', value: string) =>
    onChange({ ...question, translations: { ...question.translations, de: { ...german, [key]: value } } });
  const label = t('reviews.builder.question', { number });
  return (
    <Paper
      withBorder
      p="sm"
      component="fieldset"
      aria-label={label}
      data-testid={`builder-question-${number}`}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} size="sm" component="legend">
            {label}
          </Text>
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`${t('reviews.builder.moveUp')}: ${label}`}
              onClick={() => onMove(-1)}
            >
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`${t('reviews.builder.moveDown')}: ${label}`}
              onClick={() => onMove(1)}
            >
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color={toneColor.negative}
              aria-label={`${t('reviews.builder.removeQuestion')}: ${label}`}
              onClick={onRemove}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('reviews.builder.kind')}
            data={kinds.map((k) => ({ value: k, label: t(`reviews.builder.kinds.${k}`) }))}
            value={question.kind}
            onChange={(value) => set('kind', (value ?? 'rating') as TemplateQuestionDto['kind'])}
            allowDeselect={false}
            data-testid={`builder-kind-${number}`}
          />
          <Select
            label={t('reviews.builder.audience')}
            data={audiences.map((a) => ({ value: a, label: t(`reviews.builder.audiences.${a}`) }))}
            value={question.audience}
            onChange={(value) => set('audience', (value ?? 'both') as TemplateQuestionDto['audience'])}
            allowDeselect={false}
          />
        </Group>
        <TextInput
          label={t('reviews.builder.prompt')}
          required
          value={question.prompt}
          onChange={(e) => set('prompt', e.currentTarget.value)}
          error={errors[`${path}.prompt`]}
          data-testid={`builder-prompt-${number}`}
        />
        {question.kind === 'competency' ? (
          <TextInput
            label={t('reviews.builder.competency')}
            required
            value={question.competency ?? ''}
            onChange={(e) => set('competency', e.currentTarget.value)}
            error={errors[`${path}.competency`]}
          />
        ) : null}
        <TextInput
          label={t('reviews.builder.help')}
          value={question.help ?? ''}
          onChange={(e) => set('help', e.currentTarget.value || undefined)}
        />
        <TextInput
          label={t('reviews.builder.promptDe')}
          lang="de"
          value={german.prompt ?? ''}
          placeholder={question.prompt}
          onChange={(e) => setGerman('prompt', e.currentTarget.value)}
          error={errors[`${path}.translations.de.prompt`]}
          data-testid={`builder-prompt-de-${number}`}
        />
        <TextInput
          label={t('reviews.builder.helpDe')}
          lang="de"
          value={german.help ?? ''}
          placeholder={question.help}
          onChange={(e) => setGerman('help', e.currentTarget.value)}
        />
        <Group align="flex-end">
          {rated ? (
            <NumberInput
              label={t('reviews.builder.weight')}
              min={0}
              max={100}
              value={question.weight ?? ''}
              onChange={(value) => set('weight', value === '' ? undefined : Number(value))}
              maw={260}
            />
          ) : null}
          <Checkbox
            label={t('reviews.builder.required')}
            checked={question.required ?? false}
            onChange={(e) => set('required', e.currentTarget.checked)}
            mb={8}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
