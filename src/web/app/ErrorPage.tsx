import { Alert, Button, Center, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { errorMessage } from '../components/ErrorAlert';
import { useDocumentTitle } from '../components/Page';
import i18n from '../i18n';
import { toneAlert } from './statusColors';

/** Shown when a page fails to load or render; offers to try again or go home. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  useDocumentTitle(t('errorPage.title'));
  const details = isApiError(error) ? errorMessage(error, t) : t('errorPage.description');
  return (
    <Center mih="50vh" p="md">
      <Stack maw={560} gap="md" data-testid="error-page">
        <Title order={1}>{t('errorPage.title')}</Title>
        <Alert {...toneAlert('negative')} icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Text size="sm">{details}</Text>
        </Alert>
        <Group>
          <Button
            onClick={() => {
              reset();
              void router.invalidate();
            }}
          >
            {t('actions.retry')}
          </Button>
          <Button variant="default" component="a" href="/">
            {t('notFound.home')}
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}

interface BoundaryState {
  error: Error | null;
}

/** Last line of defence around the providers: a plain page that still lets the user reload. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main style={{ maxWidth: 560, margin: '15vh auto', padding: 16, fontFamily: 'system-ui, sans-serif' }}>
        <h1>{i18n.t('errorPage.title')}</h1>
        <p>{i18n.t('errorPage.description')}</p>
        <Code block>{this.state.error.message}</Code>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            {i18n.t('errorPage.reload')}
          </button>
        </p>
      </main>
    );
  }
}
