// The rule an option deviates from and the legal basis for it, as a description list.
import { useRegulations } from '../api/catalog';
import type { Deviation } from '../api/types';
import { useI18n } from '../i18n/i18n';

export function DeviationSummary({ deviation }: { deviation: Deviation }) {
  const { t } = useI18n();
  const regulations = useRegulations();
  const regulation = regulations.data?.find((r) => r.id === deviation.regeling)?.naam ?? deviation.regeling ?? t('deviation.internalRule');
  const rows: [string, string | undefined][] = [
    [t('deviation.regulation'), regulation],
    [t('deviation.article'), deviation.artikel],
    [t('deviation.basis'), t(`basis.${deviation.grondslag}`)],
    [t('deviation.reference'), deviation.grondslagVerwijzing],
    [t('deviation.circumstances'), deviation.bijzondereOmstandigheden],
    [t('deviation.disproportion'), deviation.onevenredigheid],
  ];
  return (
    <dl className="helder-deviation">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="helder-deviation__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
