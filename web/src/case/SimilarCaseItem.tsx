// One similar case: how much it is alike, what it got, whom to ask, its lessons, and why it
// is similar (what both cases share, and what only one of them has). Title, lessons and the
// link only when the user may read that case.
import type { SimilarCase } from '../api/types';
import { PhaseBadge } from '../components/PhaseBadge';
import { Heading } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { CaseRefLink } from '../similar/CaseRefLink';
import { FactorGroups } from '../similar/FactorGroups';
import { Score } from '../similar/Score';
import { basisLabel, optionKindLabel, serviceTypeLabel } from '../similar/format';

export function SimilarCaseItem({ item }: { item: SimilarCase }) {
  const { t, formatDate } = useI18n();
  const headingId = `vergelijkbaar-${item.referentie}`;
  const title = item.leesbaar && item.titel ? item.titel : t('similar.caseRef', { ref: item.referentie });
  const outcome = item.uitkomst;
  const lessons = item.leesbaar ? (item.lessen ?? []) : [];
  const different = item.alleenInDezeCasus.length + item.alleenInVergelijkbareCasus.length;
  return (
    <article className="helder-similar" aria-labelledby={headingId}>
      <div className="helder-similar__head">
        <Heading level={3} id={headingId}>
          {title}
        </Heading>
        <Score score={item.score} />
      </div>
      {item.leesbaar && item.titel && <p className="utrecht-paragraph helder-muted">{t('similar.caseRef', { ref: item.referentie })}</p>}
      {!item.leesbaar && <p className="utrecht-paragraph utrecht-paragraph--small helder-muted">{t('similar.notReadable')}</p>}
      <dl className="helder-facts">
        <div>
          <dt>{t('similar.phase')}</dt>
          <dd>
            <PhaseBadge phase={item.fase} />
          </dd>
        </div>
        {outcome ? (
          <>
            <div>
              <dt>{t('similar.serviceType')}</dt>
              <dd>{serviceTypeLabel(t, outcome.dienstverleningstype)}</dd>
            </div>
            <div>
              <dt>{t('similar.optionKind')}</dt>
              <dd>{optionKindLabel(t, outcome.optiesoort)}</dd>
            </div>
            {outcome.grondslag && (
              <div>
                <dt>{t('similar.basis')}</dt>
                <dd>{basisLabel(t, outcome.grondslag)}</dd>
              </div>
            )}
            {outcome.besluitdatum && (
              <div>
                <dt>{t('similar.decidedOn')}</dt>
                <dd>
                  <time dateTime={outcome.besluitdatum}>{formatDate(outcome.besluitdatum)}</time>
                </dd>
              </div>
            )}
          </>
        ) : (
          <div>
            <dt>{t('similar.decision')}</dt>
            <dd>{t('similar.noDecision')}</dd>
          </div>
        )}
        {item.verantwoordelijke && (
          <div>
            <dt>{t('similar.ask')}</dt>
            <dd>
              {item.verantwoordelijke.naam
                ? t('similar.askName', { name: item.verantwoordelijke.naam, username: item.verantwoordelijke.gebruikersnaam })
                : item.verantwoordelijke.gebruikersnaam}
            </dd>
          </div>
        )}
      </dl>
      {lessons.length > 0 && (
        <>
          <Heading level={4}>{t('similar.lessons')}</Heading>
          <ul className="utrecht-unordered-list">
            {lessons.map((lesson, index) => (
              <li key={index} className="utrecht-unordered-list__item">
                {lesson}
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="helder-fold">
        <summary>{t('similar.why', { shared: item.gedeeldeFactoren.length, different })}</summary>
        <div className="helder-comparison">
          <section aria-labelledby={`${headingId}-gedeeld`}>
            <Heading level={4} id={`${headingId}-gedeeld`}>
              {t('similar.shared')}
            </Heading>
            <FactorGroups factors={item.gedeeldeFactoren} />
          </section>
          <section aria-labelledby={`${headingId}-hier`}>
            <Heading level={4} id={`${headingId}-hier`}>
              {t('similar.onlyHere')}
            </Heading>
            <FactorGroups factors={item.alleenInDezeCasus} />
          </section>
          <section aria-labelledby={`${headingId}-daar`}>
            <Heading level={4} id={`${headingId}-daar`}>
              {t('similar.onlyThere', { ref: item.referentie })}
            </Heading>
            <FactorGroups factors={item.alleenInVergelijkbareCasus} />
          </section>
        </div>
      </details>
      {item.leesbaar && item._links?.casus && (
        <p className="utrecht-paragraph">
          <CaseRefLink reference={item.referentie} label={t('similar.open', { ref: item.referentie })} />
        </p>
      )}
    </article>
  );
}
