// The history: every change to the case as it was recorded (who, when, what), oldest first.
import { useEvents } from '../api/record';
import type { CaseEvent } from '../api/types';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n, type Key } from '../i18n/i18n';

const KNOWN = new Set([
  'casus-aangemaakt',
  'casus-gewijzigd',
  'fase-gewijzigd',
  'signaal-vastgelegd',
  'signaal-verwijderd',
  'optie-toegevoegd',
  'optie-verwijderd',
  'argument-toegevoegd',
  'argument-gewijzigd',
  'argument-verwijderd',
  'besluit-vastgelegd',
  'onderzoek-gewijzigd',
  'opvolging-vastgelegd',
  'motivering-bewerkt',
]);

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

// One line about what changed, from the event's before and after.
export function eventDetail(event: CaseEvent, t: (key: Key, vars?: Record<string, string | number>) => string): string {
  const before = event.voor ?? {};
  const after = event.na ?? {};
  switch (event.soort) {
    case 'casus-aangemaakt':
      return text(after.titel);
    case 'fase-gewijzigd':
      return t('history.phaseMove', { from: t(`phase.${text(before.fase)}` as Key), to: t(`phase.${text(after.fase)}` as Key) });
    case 'signaal-vastgelegd':
    case 'signaal-verwijderd':
      return text(after.omschrijving) || text(before.omschrijving);
    case 'optie-toegevoegd':
    case 'optie-verwijderd':
      return text(after.titel) || text(before.titel);
    case 'argument-gewijzigd':
      if (before.gewicht !== after.gewicht) {
        return t('history.weight', {
          text: text(after.omschrijving),
          from: typeof before.gewicht === 'number' ? before.gewicht : '—',
          to: typeof after.gewicht === 'number' ? after.gewicht : '—',
        });
      }
      return text(after.omschrijving);
    case 'argument-toegevoegd':
    case 'argument-verwijderd':
      return text(after.omschrijving) || text(before.omschrijving);
    default:
      return event.toelichting;
  }
}

export function HistorySection({ caseRef }: { caseRef: string }) {
  const { t, formatDateTime } = useI18n();
  const events = useEvents(caseRef);
  return (
    <section id="geschiedenis" aria-labelledby="geschiedenis-titel" className="helder-section">
      <Heading level={2} id="geschiedenis-titel">
        {t('history.title')}
      </Heading>
      <Paragraph>{t('history.intro')}</Paragraph>
      <QueryState query={events} label={t('history.title')}>
        {(list) => (
          <ol className="helder-timeline">
            {list.map((event) => {
              const detail = eventDetail(event, t);
              return (
                <li key={event.id} className="helder-timeline__item">
                  <span className="helder-timeline__what">{KNOWN.has(event.soort) ? t(`event.${event.soort}` as Key) : event.soort}</span>
                  {detail && <span className="helder-timeline__detail">{detail}</span>}
                  <span className="helder-muted utrecht-paragraph--small">
                    <time dateTime={event.op}>{formatDateTime(event.op)}</time> · {event.door}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
