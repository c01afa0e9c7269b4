// Consistentie (managers): decisions that departed from similar cases without a stated
// reason, and pairs of very similar cases that got different decisions, each linking to the
// cases. Not a score of anyone: a list of conversations to have.
import { useSession } from '../auth/SessionContext';
import { seesConsistencyOverview } from '../auth/roles';
import { useConsistencyOverview } from '../api/similarity';
import type { DepartureWithoutReason, SimilarPairDifferentOutcome } from '../api/types';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { CaseRefLink } from '../similar/CaseRefLink';
import { Score } from '../similar/Score';
import { commonOutcomeSummary, outcomeSummary } from '../similar/format';

export function ConsistencyPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const allowed = seesConsistencyOverview(user);
  const overview = useConsistencyOverview(allowed);
  usePageTitle(t('overview.title'));
  return (
    <>
      <Heading level={1}>{t('overview.title')}</Heading>
      {!allowed ? (
        <Paragraph>{t('overview.onlyManagers')}</Paragraph>
      ) : (
        <>
          <Paragraph lead>{t('overview.intro')}</Paragraph>
          <QueryState query={overview} label={t('overview.loadLabel')}>
            {(data) => (
              <>
                <Departures list={data._embedded.afwijkingenZonderReden} />
                <Pairs list={data._embedded.gelijkeCasussenAndereUitkomst} />
              </>
            )}
          </QueryState>
        </>
      )}
    </>
  );
}

function Departures({ list }: { list: DepartureWithoutReason[] }) {
  const { t, formatDate } = useI18n();
  return (
    <section aria-labelledby="zonder-reden-titel" className="helder-section">
      <Heading level={2} id="zonder-reden-titel">
        {t('overview.withoutReason')}
      </Heading>
      <Paragraph>{t('overview.withoutReasonIntro')}</Paragraph>
      {list.length === 0 ? (
        <Paragraph className="helder-empty">{t('overview.withoutReasonEmpty')}</Paragraph>
      ) : (
        <div className="helder-table-wrap">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">{t('overview.withoutReasonCaption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('overview.colCase')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('overview.colDecided')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('overview.colOutcome')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('overview.colCommon')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('overview.colComparables')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.map((row) => (
                <tr key={row.referentie} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <CaseRefLink reference={row.referentie} />
                  </th>
                  <td className="utrecht-table__cell">
                    {t('overview.decidedBy', { date: formatDate(row.besluitdatum), who: row.besluitDoor })}
                  </td>
                  <td className="utrecht-table__cell">{outcomeSummary(t, row.uitkomst)}</td>
                  <td className="utrecht-table__cell">{row.meestVoorkomend ? commonOutcomeSummary(t, row.meestVoorkomend) : '—'}</td>
                  <td className="utrecht-table__cell">
                    <ul className="helder-inline-list">
                      {row.vergelijkbareCasussen.map((reference) => (
                        <li key={reference}>
                          <CaseRefLink reference={reference} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Pairs({ list }: { list: SimilarPairDifferentOutcome[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="andere-uitkomst-titel" className="helder-section">
      <Heading level={2} id="andere-uitkomst-titel">
        {t('overview.pairs')}
      </Heading>
      <Paragraph>{t('overview.pairsIntro')}</Paragraph>
      {list.length === 0 ? (
        <Paragraph className="helder-empty">{t('overview.pairsEmpty')}</Paragraph>
      ) : (
        <div className="helder-table-wrap">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">{t('overview.pairsCaption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('overview.colCase')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('overview.colOutcome')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('overview.colOther')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('overview.colOtherOutcome')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('overview.colScore')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.map((row) => (
                <tr key={`${row.referentie}-${row.vergelijkbareCasus}`} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <CaseRefLink reference={row.referentie} />
                  </th>
                  <td className="utrecht-table__cell">{outcomeSummary(t, row.uitkomst)}</td>
                  <td className="utrecht-table__cell">
                    <CaseRefLink reference={row.vergelijkbareCasus} />
                  </td>
                  <td className="utrecht-table__cell">{outcomeSummary(t, row.uitkomstVergelijkbareCasus)}</td>
                  <td className="utrecht-table__cell">
                    <Score score={row.score} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
