import { Link } from 'react-router';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Link className="utrecht-link utrecht-link--html-a" to="/">
        {t('notFound.back')}
      </Link>
    </>
  );
}
