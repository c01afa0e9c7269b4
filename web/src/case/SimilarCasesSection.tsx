// Vergelijkbare casussen: earlier cases that resemble this one and what they got, most alike
// first, with a filter for decided cases only. helder only finds them; people judge.
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useSimilarCases } from '../api/similarity';
import { CheckboxField } from '../components/Fields';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { FactorGroups } from '../similar/FactorGroups';
import { SimilarCaseItem } from './SimilarCaseItem';

const PAGE = 10;
const MAX = 50;

export function SimilarCasesSection({ caseRef }: { caseRef: string }) {
  const { t } = useI18n();
  const [onlyDecided, setOnlyDecided] = useState(false);
  const [count, setCount] = useState(PAGE);
  const similar = useSimilarCases(caseRef, { aantal: count, alleenBesloten: onlyDecided });
  const updating = similar.isPlaceholderData;
  return (
    <section id="vergelijkbaar" aria-labelledby="vergelijkbaar-titel" className="helder-section">
      <Heading level={2} id="vergelijkbaar-titel">
        {t('similar.title')}
      </Heading>
      <Paragraph>{t('similar.intro')}</Paragraph>
      <CheckboxField
        id="vergelijkbaar-alleen-besloten"
        label={t('similar.onlyDecided')}
        checked={onlyDecided}
        onChange={(checked) => {
          setOnlyDecided(checked);
          setCount(PAGE);
        }}
      />
      <QueryState query={similar} label={t('similar.loadLabel')}>
        {(data) => {
          const list = data._embedded.vergelijkbareCasussen;
          return (
            <div aria-busy={updating}>
              <details className="helder-fold">
                <summary>{t('similar.howCompared')}</summary>
                <Paragraph>{t('similar.howComparedText')}</Paragraph>
                <Heading level={3}>{t('similar.ownFactors')}</Heading>
                <FactorGroups factors={data.factoren} empty={t('similar.noOwnFactors')} />
              </details>
              <p className="helder-visually-hidden" role="status">
                {updating ? t('similar.updating') : t('similar.count', { count: list.length })}
              </p>
              {list.length === 0 ? (
                <Paragraph className="helder-empty">{onlyDecided ? t('similar.emptyDecided') : t('similar.empty')}</Paragraph>
              ) : (
                <ol className="helder-similar-list">
                  {list.map((item) => (
                    <li key={item.referentie}>
                      <SimilarCaseItem item={item} />
                    </li>
                  ))}
                </ol>
              )}
              {list.length >= count && count < MAX && (
                <Button appearance="secondary-action-button" busy={updating} onClick={() => setCount(Math.min(MAX, count + PAGE))}>
                  {t('similar.more')}
                </Button>
              )}
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}
