// The motivation, drafted by helder from the record: the professional version (with the
// gaps a judge would notice) and the plain-language version for the resident, as a page
// and as a PDF.
import { useState } from 'react';
import { motivationPath, motivationPdfPath, useMotivation } from '../api/record';
import type { MotivationVersion } from '../api/types';
import { Alert } from '../components/Alert';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';

export function MotivationSection({ caseRef }: { caseRef: string }) {
  const { t } = useI18n();
  const [version, setVersion] = useState<MotivationVersion>('professioneel');
  const motivation = useMotivation(caseRef, version);
  return (
    <section id="motivering" aria-labelledby="motivering-titel" className="helder-section">
      <Heading level={2} id="motivering-titel">
        {t('motivation.title')}
      </Heading>
      <Paragraph>{t('motivation.intro')}</Paragraph>
      <div className="helder-toggle" role="group" aria-label={t('motivation.version')}>
        {(['professioneel', 'inwoner'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={`utrecht-button ${version === v ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
            aria-pressed={version === v}
            onClick={() => setVersion(v)}
          >
            {t(`motivation.${v}`)}
          </button>
        ))}
      </div>
      <p className="utrecht-paragraph helder-links">
        <a className="utrecht-link utrecht-link--html-a" href={motivationPath(caseRef, version)} target="_blank" rel="noopener">
          {t('motivation.openPage')}
          <span className="helder-visually-hidden"> {t('motivation.newWindow')}</span>
        </a>
        <a className="utrecht-link utrecht-link--html-a" href={motivationPdfPath(caseRef, version)} download={`motivering-${caseRef}-${version}.pdf`}>
          {t('motivation.downloadPdf')}
        </a>
      </p>
      <QueryState query={motivation} label={t('motivation.title')}>
        {(doc) => (
          <article className="helder-letter" aria-labelledby="motivering-document" lang="nl">
            {doc.aandachtspunten.length > 0 && (
              <Alert type="warning">
                <p className="utrecht-paragraph">
                  <strong>{t('motivation.attention')}</strong>
                </p>
                <ul className="utrecht-unordered-list">
                  {doc.aandachtspunten.map((point) => (
                    <li key={point} className="utrecht-unordered-list__item">
                      {point}
                    </li>
                  ))}
                </ul>
              </Alert>
            )}
            <Heading level={3} id="motivering-document">
              {doc.titel}
            </Heading>
            {doc.secties.map((section) => (
              <section key={section.kop}>
                <Heading level={4}>{section.kop}</Heading>
                {section.alineas.map((paragraph, index) => (
                  <Paragraph key={index}>{paragraph}</Paragraph>
                ))}
                {section.opsomming.length > 0 && (
                  <ul className="utrecht-unordered-list">
                    {section.opsomming.map((bullet, index) => (
                      <li key={index} className="utrecht-unordered-list__item">
                        {bullet}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </article>
        )}
      </QueryState>
    </section>
  );
}
