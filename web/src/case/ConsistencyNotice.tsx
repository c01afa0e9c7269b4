// What comparable decided cases got, for the option chosen on the decision form. When the
// option departs from them: a notice naming those cases and their outcomes, and a field for
// why this case is different. Never blocks the decision; too few comparables is said quietly.
import type { ConsistencyCheck } from '../api/types';
import { Alert } from '../components/Alert';
import { TextAreaField } from '../components/Fields';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { CaseRefLink } from '../similar/CaseRefLink';
import { checkState, outcomeSummary, scorePercent, serviceTypeLabel } from '../similar/format';

export const REASON_FIELD = 'besluit-verschil';

interface CheckQuery {
  data: ConsistencyCheck | undefined;
  error: unknown;
  isPending: boolean;
}

export function ConsistencyNotice({
  check,
  reason,
  onReason,
  reasonError,
}: {
  check: CheckQuery;
  reason: string;
  onReason: (reason: string) => void;
  reasonError?: string | undefined;
}) {
  const { t } = useI18n();
  const data = check.data;
  const state = data ? checkState(data) : null;
  let quiet = '';
  if (data === undefined) quiet = check.error ? t('consistency.failed') : t('consistency.checking');
  else if (state === 'too-few') quiet = t('consistency.tooFew');
  else if (state === 'in-line') quiet = t('consistency.inLine');
  return (
    <>
      {/* One polite live region for the quiet messages; hidden, not removed, when empty. */}
      <p className={`utrecht-paragraph helder-muted${quiet ? '' : ' helder-visually-hidden'}`} role="status">
        {quiet}
      </p>
      {data && state === 'departs' && <Departure check={data} reason={reason} onReason={onReason} reasonError={reasonError} />}
    </>
  );
}

function Departure({
  check,
  reason,
  onReason,
  reasonError,
}: {
  check: ConsistencyCheck;
  reason: string;
  onReason: (reason: string) => void;
  reasonError?: string | undefined;
}) {
  const { t, formatDate } = useI18n();
  const common = check.meestVoorkomend;
  return (
    <div className="helder-consistency" role="group" aria-labelledby="besluit-consistentie">
      <Alert type="warning">
        <Heading level={3} id="besluit-consistentie">
          {t('consistency.departsTitle')}
        </Heading>
        <Paragraph>
          {common
            ? t('consistency.departsCommon', {
                count: common.aantal,
                total: check.vergelijkbaar.length,
                outcome: serviceTypeLabel(t, common.dienstverleningstype),
                chosen: outcomeSummary(t, check.gekozen),
              })
            : check.toelichting}
        </Paragraph>
        <Paragraph>{t('consistency.departsOk')}</Paragraph>
        <Heading level={4}>{t('consistency.comparables')}</Heading>
        <ul className="helder-comparables">
          {check.vergelijkbaar.map((comparable) => (
            <li key={comparable.referentie}>
              <CaseRefLink reference={comparable.referentie} readable={comparable.leesbaar} />
              {comparable.leesbaar && comparable.titel && <> – {comparable.titel}</>}
              {': '}
              {t('consistency.comparable', { outcome: outcomeSummary(t, comparable.uitkomst), percent: scorePercent(comparable.score) })}
              {comparable.uitkomst.besluitdatum && (
                <>
                  {' '}
                  (<time dateTime={comparable.uitkomst.besluitdatum}>{formatDate(comparable.uitkomst.besluitdatum)}</time>)
                </>
              )}
            </li>
          ))}
        </ul>
      </Alert>
      <TextAreaField
        id={REASON_FIELD}
        label={t('consistency.reason')}
        description={t('consistency.reasonHelp')}
        value={reason}
        onChange={onReason}
        rows={4}
        error={reasonError}
      />
    </div>
  );
}
