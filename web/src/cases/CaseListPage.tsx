// Mijn casussen: the caseworker's cases with phase, regulations, days open and the last
// activity; filters and a search box kept in the address (so back and reload keep them).
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useRegulations } from '../api/catalog';
import { useCases, type CaseFilters } from '../api/cases';
import { PHASES, type Phase } from '../api/types';
import { useSession } from '../auth/SessionContext';
import { SelectField, TextField } from '../components/Fields';
import { PhaseBadge } from '../components/PhaseBadge';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { daysOpen } from './caseAge';

export function CaseListPage() {
  const { t, formatDateTime } = useI18n();
  const { user } = useSession();
  usePageTitle(t('cases.title'));
  const [params, setParams] = useSearchParams();
  const regulations = useRegulations();
  const scope = params.get('wie') === 'alle' ? 'alle' : 'mij';
  const phase = (PHASES as readonly string[]).includes(params.get('fase') ?? '') ? (params.get('fase') as Phase) : '';
  const filters: CaseFilters = {
    fase: phase,
    regeling: params.get('regeling') ?? '',
    zoek: params.get('zoek') ?? '',
    eigenaar: scope === 'mij' ? user.gebruikersnaam : '',
    pagina: Number(params.get('pagina') ?? '1') || 1,
  };
  const [search, setSearch] = useState(filters.zoek ?? '');
  const cases = useCases(filters);
  const shortName = (id: string) => regulations.data?.find((r) => r.id === id)?.korteNaam ?? id;

  function update(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('pagina' in changes)) next.delete('pagina');
    setParams(next);
  }

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    update({ zoek: search.trim() });
  }

  const filtered = Boolean(filters.fase || filters.regeling || filters.zoek);

  return (
    <>
      <div className="helder-title-row">
        <Heading level={1}>{t('cases.title')}</Heading>
        <Link className="utrecht-button utrecht-button--primary-action helder-button-link" to="/nieuwe-casus">
          {t('nav.newCase')}
        </Link>
      </div>
      <section aria-labelledby="filters-titel" className="helder-filters">
        <Heading level={2} id="filters-titel" className="helder-visually-hidden">
          {t('cases.filters')}
        </Heading>
        <form role="search" onSubmit={submitSearch} className="helder-search">
          <TextField id="zoek" type="search" label={t('cases.search')} description={t('cases.searchHelp')} value={search} onChange={setSearch} />
          <Button type="submit" appearance="secondary-action-button">
            {t('cases.searchButton')}
          </Button>
        </form>
        <div className="helder-filter-row">
          <SelectField
            id="wie"
            label={t('cases.scope')}
            value={scope}
            onChange={(value) => update({ wie: value === 'alle' ? 'alle' : '' })}
            choices={[
              { value: 'mij', label: t('cases.scopeMine') },
              { value: 'alle', label: t('cases.scopeAll') },
            ]}
          />
          <SelectField
            id="fase"
            label={t('cases.phase')}
            value={phase}
            placeholder={t('cases.allPhases')}
            onChange={(value) => update({ fase: value })}
            choices={PHASES.map((p) => ({ value: p, label: t(`phase.${p}`) }))}
          />
          <SelectField
            id="regeling"
            label={t('cases.regulation')}
            value={filters.regeling ?? ''}
            placeholder={t('cases.allRegulations')}
            onChange={(value) => update({ regeling: value })}
            choices={(regulations.data ?? []).map((r) => ({ value: r.id, label: r.naam }))}
          />
        </div>
        {filtered && (
          <Button
            appearance="subtle-button"
            onClick={() => {
              setSearch('');
              update({ fase: '', regeling: '', zoek: '' });
            }}
          >
            {t('cases.clearFilters')}
          </Button>
        )}
      </section>
      <QueryState query={cases} label={t('cases.loadLabel')}>
        {(page) =>
          page._embedded.casussen.length === 0 ? (
            <div className="helder-empty" role="status">
              <Heading level={2}>{filtered ? t('cases.emptyFiltered') : t('cases.empty')}</Heading>
              <Paragraph>{filtered ? t('cases.emptyFilteredHelp') : t('cases.emptyHelp')}</Paragraph>
              <Link className="utrecht-link utrecht-link--html-a" to="/nieuwe-casus">
                {t('cases.emptyAction')}
              </Link>
            </div>
          ) : (
            <>
              <p className="helder-visually-hidden" role="status">
                {t('cases.shown', { count: page._embedded.casussen.length })}
              </p>
              <div className="helder-table-wrap">
                <table className="utrecht-table utrecht-table--html-table helder-table">
                  <caption className="utrecht-table__caption helder-visually-hidden">{t('cases.caption')}</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th scope="col" className="utrecht-table__header-cell">{t('cases.colCase')}</th>
                      <th scope="col" className="utrecht-table__header-cell">{t('cases.colPhase')}</th>
                      <th scope="col" className="utrecht-table__header-cell">{t('cases.colRegulations')}</th>
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">{t('cases.colDaysOpen')}</th>
                      <th scope="col" className="utrecht-table__header-cell">{t('cases.colLastActivity')}</th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {page._embedded.casussen.map((item) => (
                      <tr key={item.referentie} className="utrecht-table__row">
                        <td className="utrecht-table__cell">
                          <Link className="utrecht-link utrecht-link--html-a" to={`/casussen/${item.referentie}`}>
                            {item.titel}
                          </Link>
                          <div className="helder-muted">{item.referentie}</div>
                        </td>
                        <td className="utrecht-table__cell">
                          <PhaseBadge phase={item.fase} />
                        </td>
                        <td className="utrecht-table__cell">{item.regelingen.map(shortName).join(', ') || '—'}</td>
                        <td className="utrecht-table__cell utrecht-table__cell--numeric">{daysOpen(item.aangemaaktOp)}</td>
                        <td className="utrecht-table__cell">
                          <time dateTime={item.gewijzigdOp}>{formatDateTime(item.gewijzigdOp)}</time>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <nav aria-label={t('cases.pages')} className="helder-pagination">
                {page._links.prev && (
                  <Button appearance="secondary-action-button" onClick={() => update({ pagina: String(page.pagina - 1) })}>
                    {t('cases.previous')}
                  </Button>
                )}
                <span>{t('cases.page', { page: page.pagina })}</span>
                {page._links.next && (
                  <Button appearance="secondary-action-button" onClick={() => update({ pagina: String(page.pagina + 1) })}>
                    {t('cases.next')}
                  </Button>
                )}
              </nav>
            </>
          )
        }
      </QueryState>
    </>
  );
}
