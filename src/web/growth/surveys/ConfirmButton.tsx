import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that asks first, in a dialog saying what will happen; `onConfirm` runs on "yes". */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  onConfirm,
  loading,
  testId,
  ...buttonProps
}: ButtonProps & {
  children: ReactNode;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  loading?: boolean;
  testId?: string;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...buttonProps} loading={loading} onClick={() => setOpen(true)} data-testid={testId}>
        {children}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={confirmLabel} centered>
        <Stack gap="md">
          <Text>{question}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('actions.cancel')}
            </Button>
            <Button
              data-testid={testId ? `${testId}-confirm` : undefined}
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
