// Signals: what was noticed, as observations in words (never a score). Add one from the
// Signalenkaart, grouped by source and category with a search, or in your own words.
import { Button } from '@utrecht/button-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useCatalog } from '../api/catalog';
import { useCaseMutation } from '../api/cases';
import { addSignal, removeSignal, useSignals } from '../api/record';
import { SIGNAL_SOURCES, type Catalog, type NewSignal, type SignalSource } from '../api/types';
import { ChoiceGroup, SelectField, TextAreaField, TextField } from '../components/Fields';
import { FormErrors, fieldError } from '../components/FormErrors';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { startOfDay, today } from './dates';

export function SignalsSection({ caseRef }: { caseRef: string }) {
  const { t, formatDate } = useI18n();
  const signals = useSignals(caseRef);
  const remove = useCaseMutation(caseRef, (id: number) => removeSignal(caseRef, id));
  return (
    <section id="signalen" aria-labelledby="signalen-titel" className="helder-section">
      <Heading level={2} id="signalen-titel">
        {t('signals.title')}
      </Heading>
      <Paragraph>{t('signals.intro')}</Paragraph>
      <QueryState query={signals} label={t('signals.title')}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph className="helder-muted">{t('signals.none')}</Paragraph>
          ) : (
            <ul className="helder-observations" aria-label={t('signals.recorded')}>
              {list.map((signal) => (
                <li key={signal.id} className="helder-observation">
                  <p className="utrecht-paragraph helder-observation__text">{signal.omschrijving}</p>
                  <p className="utrecht-paragraph utrecht-paragraph--small helder-muted">
                    {t('signals.meta', {
                      source: t(`source.${signal.bron}`),
                      date: formatDate(signal.waargenomenOp),
                      who: signal.vastgelegdDoor,
                    })}
                    {signal.eigenTekst !== undefined && ` · ${t('signals.ownWords')}`}
                  </p>
                  {signal.toelichting && <p className="utrecht-paragraph">{signal.toelichting}</p>}
                  <Button
                    appearance="subtle-button"
                    hint="danger"
                    onClick={() => remove.mutate(signal.id)}
                    aria-label={t('signals.removeNamed', { text: signal.omschrijving })}
                  >
                    {t('signals.remove')}
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <FormErrors error={remove.error} />
      <SignalForm caseRef={caseRef} />
    </section>
  );
}

function SignalForm({ caseRef }: { caseRef: string }) {
  const { t } = useI18n();
  const catalog = useCatalog('signalen');
  const add = useCaseMutation(caseRef, (body: NewSignal) => addSignal(caseRef, body));
  const [mode, setMode] = useState<'kaart' | 'eigen'>('kaart');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState('');
  const [ownText, setOwnText] = useState('');
  const [source, setSource] = useState<SignalSource | ''>('');
  const [note, setNote] = useState('');
  const [seen, setSeen] = useState(today());
  const [saved, setSaved] = useState('');

  const chosenItem = catalog.data?.items.find((item) => item.id === chosen);
  const defaultSource: SignalSource = chosenItem?.hoofdgroep === 'inwoner' ? 'inwoner' : 'uitvoerder';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const body: NewSignal = {
      ...(mode === 'kaart' ? { signaal: chosen } : { eigenTekst: ownText }),
      bron: source || defaultSource,
      toelichting: note,
      ...(seen ? { waargenomenOp: startOfDay(seen) } : {}),
    };
    add.mutate(body, {
      onSuccess: (signal) => {
        setSaved(signal.omschrijving);
        setChosen('');
        setOwnText('');
        setNote('');
        setSource('');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="helder-panel" aria-labelledby="signaal-toevoegen">
      <Heading level={3} id="signaal-toevoegen">
        {t('signals.add')}
      </Heading>
      {saved && (
        <p className="utrecht-paragraph helder-success" role="status">
          {t('signals.saved', { text: saved })}
        </p>
      )}
      <FormErrors error={add.error} fields={{ signaal: 'signaal-zoek', eigenTekst: 'signaal-eigen', waargenomenOp: 'signaal-datum', toelichting: 'signaal-toelichting' }} />
      <ChoiceGroup
        id="signaal-soort"
        legend={t('signals.how')}
        choices={[
          { value: 'kaart', label: t('signals.fromCard') },
          { value: 'eigen', label: t('signals.own') },
        ]}
        value={[mode]}
        onChange={(value) => setMode(value[0] === 'eigen' ? 'eigen' : 'kaart')}
      />
      {mode === 'kaart' ? (
        <QueryState query={catalog} label={t('signals.card')}>
          {(card) => (
            <>
              <TextField id="signaal-zoek" type="search" label={t('signals.search')} description={t('signals.searchHelp')} value={search} onChange={setSearch} error={fieldError(add.error, 'signaal')} />
              <SignalCard card={card} search={search} chosen={chosen} onChoose={setChosen} />
            </>
          )}
        </QueryState>
      ) : (
        <TextAreaField id="signaal-eigen" label={t('signals.ownText')} description={t('signals.ownTextHelp')} value={ownText} onChange={setOwnText} error={fieldError(add.error, 'eigenTekst')} rows={3} />
      )}
      <SelectField
        id="signaal-bron"
        label={t('signals.source')}
        value={source || (mode === 'kaart' ? defaultSource : 'uitvoerder')}
        onChange={(value) => setSource(value as SignalSource)}
        choices={SIGNAL_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))}
        error={fieldError(add.error, 'bron')}
      />
      <TextField id="signaal-datum" type="date" label={t('signals.seenOn')} value={seen} onChange={setSeen} max={today()} error={fieldError(add.error, 'waargenomenOp')} />
      <TextAreaField id="signaal-toelichting" label={t('signals.note')} description={t('optional')} value={note} onChange={setNote} rows={2} error={fieldError(add.error, 'toelichting')} />
      <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
        {t('signals.submit')}
      </Button>
    </form>
  );
}

// The Signalenkaart: sources, their categories (folded, open while searching), the signals.
function SignalCard({ card, search, chosen, onChoose }: { card: Catalog; search: string; chosen: string; onChoose: (id: string) => void }) {
  const { t, pick } = useI18n();
  const needle = search.trim().toLowerCase();
  const matches = useMemo(
    () => card.items.filter((item) => !needle || `${item.tekst.nl} ${item.tekst.en}`.toLowerCase().includes(needle)),
    [card, needle],
  );
  const sources = card.groepen.filter((group) => group.soort === 'bron');
  return (
    <div className="helder-card-grid">
      <p className="helder-visually-hidden" role="status">
        {needle ? t('signals.matches', { count: matches.length }) : ''}
      </p>
      {matches.length === 0 && <Paragraph>{t('signals.noMatch')}</Paragraph>}
      {sources.map((source) => {
        const categories = card.groepen.filter((group) => group.ouder === source.id);
        const inSource = matches.filter((item) => item.hoofdgroep === source.id);
        if (inSource.length === 0) return null;
        return (
          <div key={source.id} className="helder-card-source">
            <Heading level={4}>{pick(source.label)}</Heading>
            {categories.map((category) => {
              const items = inSource.filter((item) => item.groep === category.id);
              if (items.length === 0) return null;
              const hasChosen = items.some((item) => item.id === chosen);
              return (
                <details key={category.id} className="helder-fold" open={Boolean(needle) || hasChosen}>
                  <summary>
                    {pick(category.label)} <span className="helder-muted">({items.length})</span>
                  </summary>
                  <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset helder-fieldset">
                    <legend className="helder-visually-hidden">{pick(category.label)}</legend>
                    {items.map((item) => (
                      <div key={item.id} className="helder-choice">
                        <input
                          type="radio"
                          className="utrecht-radio-button utrecht-radio-button--html-input"
                          id={`kaart-${item.id}`}
                          name="signaal-kaart"
                          value={item.id}
                          checked={chosen === item.id}
                          onChange={() => onChoose(item.id)}
                        />
                        <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`kaart-${item.id}`}>
                          {pick(item.tekst)}
                        </label>
                      </div>
                    ))}
                  </fieldset>
                </details>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
