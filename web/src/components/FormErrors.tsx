// What went wrong with a form: the API's problem (problem+json) as a summary at the top, with
// a link to each field that has a message beside it, or a plain message for other errors.
import { ApiError } from '../api/client';
import { useI18n, type Translate } from '../i18n/i18n';
import { Alert } from './Alert';

// The text for an error that is not about a field.
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    if (error.status === 401) return t('error.unauthenticated');
    if (error.status === 403) return t('error.forbidden');
    if (error.detail) return error.detail;
    return t('error.status', { status: error.status });
  }
  return t('error.unexpected');
}

// The message for one field, by its API path, or undefined.
export function fieldError(error: unknown, name: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fieldErrors()[name];
}

// The control for an API field path: the path itself, else its parent ("regelingen[2]" →
// "regelingen", "afwijking.artikel" → "afwijking").
export function fieldIdFor(name: string, fields: Record<string, string>): string | undefined {
  let path = name;
  while (path) {
    if (fields[path]) return fields[path];
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) return undefined;
    path = path.slice(0, cut);
  }
  return undefined;
}

// Moves focus to a control, or to the first control inside a group (fieldset).
export function focusField(id: string): void {
  const element = document.getElementById(id);
  const target = element?.matches('input, select, textarea') ? element : element?.querySelector<HTMLElement>('input, select, textarea');
  target?.focus();
}

// `fields` maps API field paths to the ids of their controls, for the links in the summary.
export function FormErrors({ error, fields = {}, id }: { error: unknown; fields?: Record<string, string>; id?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const params = error instanceof ApiError ? error.invalidParams : [];
  if (params.length === 0) {
    return (
      <Alert type="error" id={id}>
        {errorText(error, t)} {t('form.keptInput')}
      </Alert>
    );
  }
  return (
    <Alert type="error" id={id}>
      <p className="utrecht-paragraph">
        <strong>{t('form.problems', { count: params.length })}</strong> {t('form.keptInput')}
      </p>
      <ul className="utrecht-unordered-list">
        {params.map((param) => (
          <li key={`${param.name}-${param.code}`} className="utrecht-unordered-list__item">
            {fieldIdFor(param.name, fields) ? (
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${fieldIdFor(param.name, fields)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(fieldIdFor(param.name, fields) ?? '');
                }}
              >
                {param.reason}
              </a>
            ) : (
              param.reason
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
