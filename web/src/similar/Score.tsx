// How much two cases are alike: a bar for the eye (hidden from screen readers) and the
// percentage as text for everyone.
import { useI18n } from '../i18n/i18n';
import { scorePercent } from './format';

export function Score({ score }: { score: number }) {
  const { t } = useI18n();
  const percent = scorePercent(score);
  return (
    <span className="helder-score">
      <meter className="helder-score__bar" min={0} max={100} value={percent} aria-hidden="true" />
      <span className="helder-score__text">{t('similar.score', { percent })}</span>
    </span>
  );
}
