// Consistentie (managers): decisions that departed from similar cases without a stated
// reason, and pairs of very similar cases that got different decisions, each linking to the
// cases. Not a score of anyone: a list of conversations to have.
import { useSession } from '../auth/SessionContext';
import { seesConsistencyOverview } from '../auth/roles';
import { useConsistencyOverview } from '../api/similarity';
import type { DepartureWithoutReason, SimilarPairDifferentOutcome } from '../api/types';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n, type Key } from '../i18n/i18n';
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

// One list of findings: a heading, a short explanation, and a table (or a quiet line when
// there is nothing). `prefix` names the i18n keys overview.<prefix>, ...Intro, ...Empty and
// ...Caption.
function FindingsSection({ id, prefix, columns, empty, children }: {
  id: string;
  prefix: 'withoutReason' | 'pairs';
  columns: Key[];
  empty: boolean;
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={id} className="helder-section">
      <Heading level={2} id={id}>
        {t(`overview.${prefix}`)}
      </Heading>
      <Paragraph>{t(`overview.${prefix}Intro`)}</Paragraph>
      {empty ? (
        <Paragraph className="helder-empty">{t(`overview.${prefix}Empty`)}</Paragraph>
      ) : (
        <div className="helder-table-wrap">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">{t(`overview.${prefix}Caption`)}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {columns.map((column) => (
                  <th key={column} scope="col" className="utrecht-table__header-cell">{t(column)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Departures({ list }: { list: DepartureWithoutReason[] }) {
  const { t, formatDate } = useI18n();
  return (
    <FindingsSection
      id="zonder-reden-titel"
      prefix="withoutReason"
      columns={['overview.colCase', 'overview.colDecided', 'overview.colOutcome', 'overview.colCommon', 'overview.colComparables']}
      empty={list.length === 0}
    >
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
    </FindingsSection>
  );
}

function Pairs({ list }: { list: SimilarPairDifferentOutcome[] }) {
  const { t } = useI18n();
  return (
    <FindingsSection
      id="andere-uitkomst-titel"
      prefix="pairs"
      columns={['overview.colCase', 'overview.colOutcome', 'overview.colOther', 'overview.colOtherOutcome', 'overview.colScore']}
      empty={list.length === 0}
    >
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
    </FindingsSection>
  );
}
