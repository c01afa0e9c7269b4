// The phase of a case as a status badge.
import type { Phase } from '../api/types';
import { useI18n } from '../i18n/i18n';

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useI18n();
  return <span className={`utrecht-status-badge helder-phase helder-phase--${phase}`}>{t(`phase.${phase}`)}</span>;
}
