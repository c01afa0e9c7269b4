// A list of factors grouped by kind ("Signaal: …, …"), with the Dutch labels from the server.
import { Paragraph } from '../components/Typography';
import type { Factor } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { factorKindLabel, groupFactors } from './format';

export function FactorGroups({ factors, empty }: { factors: readonly Factor[]; empty?: string }) {
  const { t } = useI18n();
  const groups = groupFactors(factors);
  if (groups.length === 0) return <Paragraph className="helder-muted">{empty ?? t('similar.nothing')}</Paragraph>;
  return (
    <dl className="helder-factors">
      {groups.map((group) => (
        <div key={group.soort} className="helder-factors__group">
          <dt>{factorKindLabel(t, group.soort)}</dt>
          <dd>
            <ul className="helder-inline-list">
              {group.factors.map((factor, index) => (
                <li key={`${factor.code}-${index}`}>{factor.omschrijving}</li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}
