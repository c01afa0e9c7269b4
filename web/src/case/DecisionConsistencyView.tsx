// How a recorded decision compares with similar cases: in line, too few to compare, or
// departing, with the reason given or a plain note that it is missing.
import type { DecisionConsistency } from '../api/types';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { CaseRefLink } from '../similar/CaseRefLink';
import { commonOutcomeSummary, decisionConsistencyState } from '../similar/format';

export function DecisionConsistencyView({ consistency, decisionId }: { consistency: DecisionConsistency; decisionId: number }) {
  const { t } = useI18n();
  const state = decisionConsistencyState(consistency);
  const headingId = `besluit-${decisionId}-consistentie`;
  const common = consistency.meestVoorkomend;
  return (
    <div className="helder-deviation-panel" role="group" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('consistency.decisionLabel')}
      </Heading>
      {state === 'in-line' && <Paragraph>{t('consistency.decisionInLine')}</Paragraph>}
      {state === 'too-few' && <Paragraph className="helder-muted">{t('consistency.decisionTooFew')}</Paragraph>}
      {(state === 'departs-with-reason' || state === 'departs-without-reason') && (
        <>
          <Paragraph>
            {t('consistency.decisionDeparts')} {common && t('consistency.decisionCommon', { outcome: commonOutcomeSummary(t, common) })}
          </Paragraph>
          {state === 'departs-with-reason' ? (
            <Paragraph className="helder-pre">{t('consistency.decisionReason', { reason: consistency.reden ?? '' })}</Paragraph>
          ) : (
            <Paragraph>
              <strong>{t('consistency.decisionNoReason')}</strong>
            </Paragraph>
          )}
        </>
      )}
      {consistency.vergelijkbareCasussen.length > 0 && (
        <Paragraph small>
          {t('consistency.decisionCompared')}{' '}
          {consistency.vergelijkbareCasussen.map((reference, index) => (
            <span key={reference}>
              {index > 0 && ', '}
              <CaseRefLink reference={reference} />
            </span>
          ))}
        </Paragraph>
      )}
    </div>
  );
}
