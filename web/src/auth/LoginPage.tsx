// Inloggen: user name and password. Wrong credentials and too many attempts are said plainly;
// what was typed stays (except the password after a refusal).
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { logIn } from '../api/session';
import type { Session } from '../api/types';
import { Alert } from '../components/Alert';
import { TextField } from '../components/Fields';
import { errorText } from '../components/FormErrors';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../app/usePageTitle';

export function LoginPage({ onLoggedIn, expired }: { onLoggedIn: (session: Session) => void; expired?: boolean }) {
  const { t } = useI18n();
  usePageTitle(t('login.title'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await logIn(username, password));
    } catch (caught) {
      setPassword('');
      if (caught instanceof ApiError && caught.status === 401) setError(t('login.wrong'));
      else if (caught instanceof ApiError && caught.status === 429) setError(t('login.tooMany'));
      else if (caught instanceof ApiError && caught.status === 404) setError(t('login.unavailable'));
      else setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="helder-login">
      <Heading level={1} id="login-titel">
        {t('login.title')}
      </Heading>
      {expired ? <Alert type="warning">{t('login.expired')}</Alert> : <Paragraph>{t('login.intro')}</Paragraph>}
      {error && <Alert type="error">{error}</Alert>}
      <form onSubmit={submit} noValidate>
        <TextField id="gebruikersnaam" label={t('login.username')} value={username} onChange={setUsername} autoComplete="username" required />
        <TextField id="wachtwoord" label={t('login.password')} type="password" value={password} onChange={setPassword} autoComplete="current-password" required />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('login.submit')}
        </Button>
      </form>
    </div>
  );
}
