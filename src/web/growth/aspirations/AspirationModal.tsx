import { Select, Switch, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type Aspiration,
  type AspirationHorizon,
  type AspirationKind,
  aspirationHorizon,
  aspirationKind,
  createAspirationRequest,
  horizonKinds,
  updateAspirationRequest,
} from '../../../contracts/aspirations';
import { apiPatch, apiPost } from '../../api/client';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { aspirationKeys } from './api';

interface Draft {
  kind: AspirationKind;
  horizon: AspirationHorizon | null;
  aspirationText: string;
  sharedWithManager: boolean;
  sharedWithTalentReview: boolean;
}
const blank: Draft = {
  kind: 'target_role',
  horizon: 'two_three_years',
  aspirationText: '',
  sharedWithManager: false,
  sharedWithTalentReview: false,
};

/** Adds an aspiration, or edits one (kind, horizon, words; sharing has its own switch on the card). */
export function AspirationModal({
  opened,
  onClose,
  editing,
}: {
  opened: boolean;
  onClose: () => void;
  editing?: Aspiration | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: editing ? updateAspirationRequest : createAspirationRequest,
    initialValues: editing
      ? {
          kind: editing.kind,
          horizon: editing.horizon,
          aspirationText: editing.aspirationText,
          sharedWithManager: editing.sharedWithManager,
          sharedWithTalentReview: editing.sharedWithTalentReview,
        }
      : blank,
    toRequest: (draft: Draft) =>
      editing
        ? {
            version: editing.version,
            kind: draft.kind,
            horizon: draft.horizon,
            aspirationText: draft.aspirationText,
          }
        : draft,
    validate: (draft) =>
      draft.aspirationText.trim() ? {} : { aspirationText: t('aspirations.form.writeSomething') },
    overrideContractMessages: true,
    submit: (body) =>
      editing
        ? apiPatch('/api/growth/aspirations/{aspirationId}', {
            params: { path: { aspirationId: editing.id } },
            body: { ...body, version: editing.version },
          })
        : apiPost('/api/growth/aspirations', { body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: aspirationKeys.all });
      showToast({ tone: 'positive', message: t('aspirations.saved') });
      onClose();
    },
    opened,
  });
  const draft = form.form.getValues();
  const withHorizon = horizonKinds.includes(draft.kind);
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={editing ? t('aspirations.form.editTitle') : t('aspirations.form.addTitle')}
      size="lg"
      form={form}
      submitLabel={t('aspirations.form.save')}
      submitProps={{ 'data-testid': 'aspiration-save' }}
    >
      <Select
        label={t('aspirations.form.kind')}
        data={aspirationKind.options.map((kind) => ({
          value: kind,
          label: t(`aspirations.kinds.${kind}`),
        }))}
        value={draft.kind}
        allowDeselect={false}
        description={t(`aspirations.kindHints.${draft.kind}`)}
        onChange={(value) => {
          const kind = (value ?? 'target_role') as AspirationKind;
          form.form.setFieldValue('kind', kind);
          form.form.setFieldValue(
            'horizon',
            horizonKinds.includes(kind) ? (draft.horizon ?? 'one_year') : null,
          );
        }}
        data-testid="aspiration-kind"
      />
      {withHorizon ? (
        <Select
          label={t('aspirations.form.horizon')}
          data={aspirationHorizon.options.map((h) => ({
            value: h,
            label: t(`aspirations.horizons.${h}`),
          }))}
          allowDeselect={false}
          {...form.form.getInputProps('horizon')}
          data-testid="aspiration-horizon"
        />
      ) : null}
      <Textarea
        label={t('aspirations.form.text')}
        placeholder={t('aspirations.form.textPlaceholder')}
        autosize
        minRows={3}
        required
        {...form.form.getInputProps('aspirationText')}
        data-testid="aspiration-text"
      />
      {editing ? null : (
        <Switch
          label={t('aspirations.shareToggle')}
          description={t('aspirations.form.shareDescription')}
          {...form.form.getInputProps('sharedWithManager', { type: 'checkbox' })}
          data-testid="aspiration-share"
        />
      )}
      {editing ? null : (
        <Switch
          label={t('aspirations.talentToggle')}
          description={t('aspirations.talentHint')}
          {...form.form.getInputProps('sharedWithTalentReview', { type: 'checkbox' })}
          data-testid="aspiration-share-talent"
        />
      )}
    </FormModal>
  );
}
