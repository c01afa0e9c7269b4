// Loading and error states for data that is fetched: a polite "loading" message, or the
// error with a button to try again. Renders the children only when the data is there.
import { Button } from '@utrecht/button-react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { Alert } from './Alert';
import { errorText } from './FormErrors';

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

export function QueryState<T>({ query, label, children }: { query: QueryLike<T>; label: string; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    return (
      <Alert type="error">
        <p className="utrecht-paragraph">
          {t('load.failed', { what: label })} {errorText(query.error, t)}
        </p>
        <Button appearance="secondary-action-button" onClick={() => query.refetch()}>
          {t('load.retry')}
        </Button>
      </Alert>
    );
  }
  return (
    <p className="utrecht-paragraph helder-loading" role="status">
      {t('load.loading', { what: label })}
    </p>
  );
}
