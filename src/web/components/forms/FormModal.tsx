import { Alert, Button, type ButtonProps, Group, Modal, type ModalProps, Stack } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toneAlert } from '../../app/statusColors';
import { ErrorAlert } from '../ErrorAlert';
import type { ContractForm } from './useContractForm';

/**
 * The one frame for a form in a modal: title, the fields, the save error banner, Cancel and Save
 * (Save shows it is busy while the request runs). Enter in a text field submits, as does
 * Ctrl/⌘+Enter in a text area; a failed check focuses the first invalid field; closing clears the
 * form once the modal has faded out, so it opens clean next time.
 *
 * ```tsx
 * const form = useContractForm({ schema, initialValues, submit, onSuccess: onClose, opened });
 * <FormModal opened={opened} onClose={onClose} title={t('plans.goal.addTitle')} form={form}
 *   submitLabel={t('plans.goal.add')} testId="goal-form">
 *   <TextInput label={t('plans.goal.name')} data-autofocus {...form.form.getInputProps('title')} />
 * </FormModal>
 * ```
 *
 * `banner` replaces the standard error banner when the screen has a better one (a version
 * conflict with a "Reload" button); `footer` adds content left of the buttons.
 */
interface FormModalProps {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  // biome-ignore lint/suspicious/noExplicitAny: any form shape
  form: ContractForm<any>;
  children: ReactNode;
  size?: ModalProps['size'];
  submitLabel?: string;
  cancelLabel?: string;
  /** Colour, test id or `disabled` for the Save button. */
  submitProps?: ButtonProps & { 'data-testid'?: string; disabled?: boolean };
  /** `data-testid` of the `<form>`. */
  testId?: string;
  /** Shown instead of the standard error banner (pass `null` to hide it; leave out for the default). */
  banner?: ReactNode;
  footer?: ReactNode;
  /** Where the error banner sits: above the fields (long forms) or just above the buttons. */
  errorPlacement?: 'top' | 'bottom';
}

/**
 * The error banner of a contract form: a failed save that is not (only) about fields, or the
 * messages of a failed check that no input shows. Inline forms place it themselves.
 */
// biome-ignore lint/suspicious/noExplicitAny: any form shape
export function FormErrorBanner({ form }: { form: ContractForm<any> }) {
  if (form.error) return <ErrorAlert error={form.error} />;
  if (form.unshownErrors.length === 0) return null;
  return (
    <Alert {...toneAlert('negative')} role="alert">
      {form.unshownErrors.join(' ')}
    </Alert>
  );
}

/** Ctrl/⌘+Enter sends the form from anywhere inside it, text areas included. */
function submitOnModEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    // As with a plain Enter, a disabled Save button means there is nothing to send yet.
    const save = event.currentTarget.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (!save?.disabled) event.currentTarget.requestSubmit();
  }
}

export function FormModal({
  opened,
  onClose,
  title,
  form,
  children,
  size,
  submitLabel,
  cancelLabel,
  submitProps,
  testId,
  banner,
  footer,
  errorPlacement = 'bottom',
}: FormModalProps) {
  const { t } = useTranslation();
  const errorBanner = banner !== undefined ? banner : <FormErrorBanner form={form} />;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} onExitTransitionEnd={form.reset}>
      <form
        ref={form.formRef}
        onSubmit={form.onSubmit}
        onKeyDown={submitOnModEnter}
        noValidate
        data-testid={testId}
      >
        <Stack gap="md">
          {errorPlacement === 'top' ? errorBanner : null}
          {children}
          {errorPlacement === 'bottom' ? errorBanner : null}
          <Group justify={footer ? 'space-between' : 'flex-end'} wrap="wrap-reverse" gap="sm">
            {footer}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {cancelLabel ?? t('actions.cancel')}
              </Button>
              <Button type="submit" loading={form.pending} {...submitProps}>
                {submitLabel ?? t('actions.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
