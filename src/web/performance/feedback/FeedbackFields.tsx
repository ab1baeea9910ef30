import { Radio, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackKind, FeedbackVisibility } from '../../../contracts/feedback';

export interface FeedbackDraft {
  kind: FeedbackKind;
  body: string;
  visibility: FeedbackVisibility;
}
export const emptyDraft: FeedbackDraft = { kind: 'feedback', body: '', visibility: 'recipient_only' };
const visibilities: FeedbackVisibility[] = ['recipient_only', 'recipient_and_manager', 'public'];

/** Kind, words and visibility: shared by "give feedback" and "answer a request". Public is for praise only. */
export function FeedbackFields({
  draft,
  onChange,
  bodyError,
  visibilityError,
}: {
  draft: FeedbackDraft;
  onChange: (draft: FeedbackDraft) => void;
  bodyError?: ReactNode;
  visibilityError?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="feedback-kind-label">
          {t('feedback.kind.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="feedback-kind-label"
          value={draft.kind}
          onChange={(value) => {
            const kind = value as FeedbackKind;
            onChange({
              ...draft,
              kind,
              visibility:
                kind === 'feedback' && draft.visibility === 'public' ? 'recipient_only' : draft.visibility,
            });
          }}
          data={[
            { value: 'feedback', label: t('feedback.kind.feedback') },
            { value: 'praise', label: t('feedback.kind.praise') },
          ]}
        />
      </Stack>
      <Textarea
        label={t('feedback.form.body')}
        description={t('feedback.form.bodyHint')}
        required
        autosize
        minRows={4}
        maxRows={12}
        maxLength={5000}
        value={draft.body}
        onChange={(event) => onChange({ ...draft, body: event.currentTarget.value })}
        error={bodyError}
        data-testid="feedback-body"
      />
      <Radio.Group
        label={t('feedback.visibility.label')}
        value={draft.visibility}
        onChange={(value) => onChange({ ...draft, visibility: value as FeedbackVisibility })}
        error={visibilityError}
      >
        <Stack gap="xs" mt={6}>
          {visibilities.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`feedback.visibility.${value}`)}
              description={t(`feedback.visibility.${value}Hint`)}
              disabled={value === 'public' && draft.kind !== 'praise'}
            />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
