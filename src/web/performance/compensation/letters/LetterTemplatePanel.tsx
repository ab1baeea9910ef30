import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconDeviceFloppy, IconEye } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LETTER_BODY_MAX,
  LETTER_TITLE_MAX,
  type LetterLanguage,
  letterLanguages,
  type MergeField,
  optionalMergeFields,
  saveLetterTemplateRequest,
} from '../../../../contracts/compensation/letters';
import { isApiError } from '../../../api/client';
import { applyServerFieldErrors } from '../../../app/forms';
import { toneAlert, toneBadge } from '../../../app/statusColors';
import { errorMessage } from '../../../components/ErrorAlert';
import { FormErrorBanner } from '../../../components/forms/FormModal';
import { useContractForm } from '../../../components/forms/useContractForm';
import { QueryView } from '../../../components/QueryView';
import { showToast } from '../../../components/showToast';
import { saveFile } from '../../../platform/dataExport/saveFile';
import { type LetterTemplate, letterApi, letterKeys, letterTemplateQuery } from './api';

/** HR's pay-letter template, one language at a time, with the merge fields and a sample PDF. */
export function LetterTemplatePanel() {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<LetterLanguage>('en');
  const template = useQuery(letterTemplateQuery(language));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="letter-template-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="letter-template-title">
            {t('compensation.letters.editor.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('compensation.letters.editor.lead')}
          </Text>
        </Stack>
        <SegmentedControl
          aria-label={t('compensation.letters.editor.language')}
          value={language}
          onChange={(value) => setLanguage(value as LetterLanguage)}
          data={letterLanguages.map((value) => ({
            value,
            label: t(`compensation.letters.editor.languages.${value}`),
          }))}
          style={{ alignSelf: 'flex-start' }}
          data-testid="letter-language"
        />
        <QueryView query={template} isEmpty={() => false}>
          {(data) => (
            <TemplateEditor
              key={`${data.language}-${data.version}`}
              template={data}
              onReload={() => void template.refetch()}
            />
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}

function TemplateEditor({ template, onReload }: { template: LetterTemplate; onReload: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const { language } = template;
  const edit = useContractForm({
    schema: saveLetterTemplateRequest,
    initialValues: { title: template.title, body: template.body },
    toRequest: (values) => ({ ...values, version: template.version }),
    submit: (body) => letterApi.save(language, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(letterKeys.template(language), saved);
      showToast({ tone: 'positive', message: t('compensation.letters.editor.saved') });
    },
  });
  const preview = useMutation({
    mutationFn: () => letterApi.preview({ language, ...edit.form.getValues() }),
    onSuccess: (file) => {
      const url = URL.createObjectURL(file.blob);
      // A new tab shows the PDF; where the browser blocks it, the file is saved instead.
      if (!window.open(url, '_blank')) saveFile(file);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    onError: (error) => {
      if (!applyServerFieldErrors(edit.form, error))
        showToast({ tone: 'negative', message: errorMessage(error, t) });
    },
  });
  const conflict = isApiError(edit.lastError, 'version_conflict') ? edit.lastError : null;

  const insert = (field: MergeField) => {
    const token = `{{${field}}}`;
    const area = bodyRef.current;
    const body = edit.form.getValues().body;
    const start = area?.selectionStart ?? body.length;
    const end = area?.selectionEnd ?? body.length;
    edit.form.setFieldValue('body', body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <form onSubmit={edit.onSubmit} ref={edit.formRef} noValidate>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <Group gap="xs">
              <Badge {...toneBadge(template.isDefault ? 'neutral' : 'info')}>
                {template.isDefault
                  ? t('compensation.letters.editor.defaultBadge')
                  : t('compensation.letters.editor.savedBadge', { version: template.version })}
              </Badge>
            </Group>
            <TextInput
              label={t('compensation.letters.editor.titleField')}
              required
              maxLength={LETTER_TITLE_MAX}
              data-testid="letter-title"
              {...edit.form.getInputProps('title')}
            />
            <Textarea
              ref={bodyRef}
              label={t('compensation.letters.editor.bodyField')}
              required
              autosize
              minRows={12}
              maxRows={30}
              maxLength={LETTER_BODY_MAX}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
              data-testid="letter-body"
              {...edit.form.getInputProps('body')}
            />
            {conflict ? (
              <Alert {...toneAlert('caution')} role="alert">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">
                    {t('compensation.letters.editor.conflict', { version: conflict.currentVersion ?? '' })}
                  </Text>
                  <Button size="xs" variant="default" onClick={onReload}>
                    {t('compensation.letters.editor.reload')}
                  </Button>
                </Stack>
              </Alert>
            ) : (
              <FormErrorBanner form={edit} />
            )}
            <Group gap="sm">
              <Button
                type="submit"
                loading={edit.pending}
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                data-testid="letter-save"
              >
                {t('compensation.letters.editor.save')}
              </Button>
              <Button
                variant="default"
                loading={preview.isPending}
                onClick={() => preview.mutate()}
                leftSection={<IconEye size={16} aria-hidden />}
                aria-describedby="letter-preview-hint"
                data-testid="letter-preview"
              >
                {t('compensation.letters.editor.preview')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed" id="letter-preview-hint">
              {t('compensation.letters.editor.previewHint')}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <MergeFieldList template={template} onInsert={insert} />
        </Grid.Col>
      </Grid>
    </form>
  );
}

function MergeFieldList({
  template,
  onInsert,
}: {
  template: LetterTemplate;
  onInsert: (field: MergeField) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="letter-fields-title">
      <Title order={3} size="h5" id="letter-fields-title">
        {t('compensation.letters.editor.fields')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('compensation.letters.editor.fieldsHint')}
      </Text>
      <SimpleGrid
        cols={{ base: 2, md: 1 }}
        spacing={4}
        verticalSpacing={4}
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        data-testid="letter-fields"
      >
        {template.mergeFields.map((field) => {
          const name = t(`compensation.letters.editor.fieldNames.${field}`);
          return (
            <li key={field}>
              <UnstyledButton
                onClick={() => onInsert(field)}
                aria-label={t('compensation.letters.editor.insert', { field: name })}
                p={6}
                w="100%"
                style={{
                  borderRadius: 'var(--mantine-radius-sm)',
                  border: '1px solid var(--mantine-color-default-border)',
                }}
              >
                <Text size="sm" fw={500}>
                  {name}
                  {optionalMergeFields.includes(field) ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {t('compensation.letters.editor.optional')}
                    </Text>
                  ) : null}
                </Text>
                <Text
                  size="xs"
                  ff="monospace"
                  c="dimmed"
                  style={{ overflowWrap: 'anywhere' }}
                >{`{{${field}}}`}</Text>
              </UnstyledButton>
              {field === 'bandPlacement' && !template.bandPlacementShown ? (
                <Text size="xs" c="dimmed" mt={2}>
                  {t('compensation.letters.editor.placementOff')}
                </Text>
              ) : null}
            </li>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
