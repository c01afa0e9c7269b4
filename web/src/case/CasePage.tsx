// Casus: the whole story of one case on one page, in the order it happens: signals,
// investigation, options and weighing, similar cases, decision, motivation, follow-up, history.
import { useParams } from 'react-router';
import { useRegulations } from '../api/catalog';
import { useCase } from '../api/cases';
import { PhaseBadge } from '../components/PhaseBadge';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { DecisionSection } from './DecisionSection';
import { FollowUpSection } from './FollowUpSection';
import { HistorySection } from './HistorySection';
import { InvestigationSection } from './InvestigationSection';
import { MotivationSection } from './MotivationSection';
import { OptionsSection } from './OptionsSection';
import { PhaseChange, PhaseTracker } from './PhaseSection';
import { SignalsSection } from './SignalsSection';
import { SimilarCasesSection } from './SimilarCasesSection';

const SECTIONS = [
  ['signalen', 'signals.title'],
  ['onderzoek', 'investigation.title'],
  ['afweging', 'weighing.title'],
  ['vergelijkbaar', 'similar.title'],
  ['besluit', 'decision.title'],
  ['motivering', 'motivation.title'],
  ['opvolging', 'followUp.title'],
  ['geschiedenis', 'history.title'],
] as const;

export function CasePage() {
  const { referentie = '' } = useParams();
  const { t, formatDate } = useI18n();
  const item = useCase(referentie);
  const regulations = useRegulations();
  usePageTitle(item.data ? `${item.data.titel} (${item.data.referentie})` : t('case.title'));

  return (
    <QueryState query={item} label={t('case.title')}>
      {(data) => (
        <div className="helder-case">
          <header className="helder-case__header">
            <p className="utrecht-paragraph helder-muted">{t('case.reference', { ref: data.referentie })}</p>
            <Heading level={1}>{data.titel}</Heading>
            <dl className="helder-facts">
              <div>
                <dt>{t('case.phase')}</dt>
                <dd>
                  <PhaseBadge phase={data.fase} />
                </dd>
              </div>
              <div>
                <dt>{t('case.resident')}</dt>
                <dd>
                  {data.inwoner.referentie} ({t(`residentKind.${data.inwoner.soort}`)})
                </dd>
              </div>
              <div>
                <dt>{t('case.regulations')}</dt>
                <dd>{data.regelingen.map((id) => regulations.data?.find((r) => r.id === id)?.naam ?? id).join(', ') || '—'}</dd>
              </div>
              <div>
                <dt>{t('case.owner')}</dt>
                <dd>{data.eigenaar}</dd>
              </div>
              <div>
                <dt>{t('case.opened')}</dt>
                <dd>{formatDate(data.aangemaaktOp)}</dd>
              </div>
            </dl>
            {data.samenvatting && <Paragraph>{data.samenvatting}</Paragraph>}
            <PhaseTracker phase={data.fase} />
          </header>
          <nav aria-label={t('case.contents')} className="helder-toc">
            <ol>
              {SECTIONS.map(([id, key]) => (
                <li key={id}>
                  <a className="utrecht-link utrecht-link--html-a" href={`#${id}`}>
                    {t(key)}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <PhaseChange item={data} />
          <SignalsSection caseRef={data.referentie} />
          <InvestigationSection caseRef={data.referentie} />
          <OptionsSection item={data} />
          <SimilarCasesSection caseRef={data.referentie} />
          <DecisionSection item={data} />
          <MotivationSection caseRef={data.referentie} />
          <FollowUpSection item={data} />
          <HistorySection caseRef={data.referentie} />
        </div>
      )}
    </QueryState>
  );
}
