// Options and the weighing: the options side by side, each with its arguments grouped by
// theme and side, a weight per argument that a person sets (helder never suggests one and
// never adds weights up), and forms to add options and arguments.
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useCatalog } from '../api/catalog';
import { useCaseMutation } from '../api/cases';
import { addArgument, addOption, changeArgument, removeArgument, removeOption, useWeighing } from '../api/record';
import {
  BROUGHT_BY,
  LEGAL_BASES,
  OPTION_KINDS,
  SIDES,
  THEMES,
  type Argument,
  type BroughtBy,
  type Case,
  type LegalBasis,
  type NewArgument,
  type NewOption,
  type OptionKind,
  type Regulation,
  type Side,
  type Theme,
  type WeighedOption,
} from '../api/types';
import { useRegulations } from '../api/catalog';
import { ChoiceGroup, SelectField, TextAreaField, TextField } from '../components/Fields';
import { FormErrors, fieldError } from '../components/FormErrors';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { DeviationSummary } from './DeviationSummary';

export function OptionsSection({ item }: { item: Case }) {
  const { t } = useI18n();
  const weighing = useWeighing(item.referentie);
  return (
    <section id="afweging" aria-labelledby="afweging-titel" className="helder-section">
      <Heading level={2} id="afweging-titel">
        {t('weighing.title')}
      </Heading>
      <Paragraph>{t('weighing.intro')}</Paragraph>
      <QueryState query={weighing} label={t('weighing.title')}>
        {(data) =>
          data.opties.length === 0 ? (
            <Paragraph className="helder-muted">{t('weighing.none')}</Paragraph>
          ) : (
            <div className="helder-options" role="list" aria-label={t('weighing.sideBySide')}>
              {data.opties.map((option) => (
                <div role="listitem" key={option.id} className="helder-option-cell">
                  <OptionCard caseRef={item.referentie} option={option} />
                </div>
              ))}
            </div>
          )
        }
      </QueryState>
      <OptionForm item={item} />
    </section>
  );
}

function OptionCard({ caseRef, option }: { caseRef: string; option: WeighedOption }) {
  const { t } = useI18n();
  const remove = useCaseMutation(caseRef, () => removeOption(caseRef, option.id));
  const headingId = `optie-${option.id}-titel`;
  const themesWith = THEMES.filter((theme) => SIDES.some((side) => option.argumentenPerThema[theme][side].length > 0));
  const themesWithout = THEMES.filter((theme) => !themesWith.includes(theme));
  return (
    <article className="helder-option" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {option.titel}
      </Heading>
      <p className="utrecht-paragraph">
        <span className={`utrecht-status-badge helder-kind helder-kind--${option.soort}`}>{t(`optionKind.${option.soort}`)}</span>
      </p>
      {option.omschrijving && <Paragraph>{option.omschrijving}</Paragraph>}
      {option.afwijking && <DeviationSummary deviation={option.afwijking} />}
      <p className="utrecht-paragraph utrecht-paragraph--small helder-muted">{t('weighing.argumentCount', { count: option.aantalArgumenten })}</p>
      {themesWith.map((theme) => (
        <div key={theme} className="helder-theme">
          <Heading level={4}>{t(`theme.${theme}`)}</Heading>
          <div className="helder-sides">
            {SIDES.map((side) => (
              <div key={side} className={`helder-side helder-side--${side}`}>
                <p className="utrecht-paragraph helder-side__title">{t(`side.${side}`)}</p>
                {option.argumentenPerThema[theme][side].length === 0 ? (
                  <p className="utrecht-paragraph utrecht-paragraph--small helder-muted">{t('weighing.noArguments')}</p>
                ) : (
                  <ul className="helder-arguments">
                    {option.argumentenPerThema[theme][side].map((argument) => (
                      <li key={argument.id}>
                        <ArgumentRow caseRef={caseRef} argument={argument} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        </div>
      ))}
      {themesWithout.length > 0 && (
        <p className="utrecht-paragraph utrecht-paragraph--small helder-muted">
          {t('weighing.themesWithout', { themes: themesWithout.map((theme) => t(`theme.${theme}`)).join(', ') })}
        </p>
      )}
      <details className="helder-fold">
        <summary>{t('weighing.addArgumentTo', { option: option.titel })}</summary>
        <ArgumentForm caseRef={caseRef} optionId={option.id} />
      </details>
      <FormErrors error={remove.error} />
      <Button appearance="subtle-button" hint="danger" onClick={() => remove.mutate(undefined)}>
        {t('weighing.removeOption', { option: option.titel })}
      </Button>
    </article>
  );
}

function ArgumentRow({ caseRef, argument }: { caseRef: string; argument: Argument }) {
  const { t } = useI18n();
  const weigh = useCaseMutation(caseRef, (gewicht: number | null) => changeArgument(caseRef, argument.optie, argument.id, { gewicht }));
  const remove = useCaseMutation(caseRef, () => removeArgument(caseRef, argument.optie, argument.id));
  const id = `gewicht-${argument.id}`;
  return (
    <div className="helder-argument">
      <p className="utrecht-paragraph helder-argument__text">{argument.omschrijving}</p>
      {argument.toelichting && <p className="utrecht-paragraph utrecht-paragraph--small">{argument.toelichting}</p>}
      <p className="utrecht-paragraph utrecht-paragraph--small helder-muted">
        {t('weighing.broughtBy', { who: t(`broughtBy.${argument.ingebrachtDoor}`) })}
        {argument.gewogenDoor && ` · ${t('weighing.weighedBy', { who: argument.gewogenDoor })}`}
      </p>
      <div className="helder-weight">
        <label className="utrecht-form-label" htmlFor={id}>
          {t('weighing.weight')}
          <span className="helder-visually-hidden">: {argument.omschrijving}</span>
        </label>
        <select
          id={id}
          className="utrecht-select utrecht-select--html-select helder-weight__select"
          value={argument.gewicht === null ? '' : String(argument.gewicht)}
          onChange={(event) => weigh.mutate(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">{t('weight.none')}</option>
          {[1, 2, 3, 4, 5].map((weight) => (
            <option key={weight} value={weight}>
              {t(`weight.${weight}` as 'weight.1')}
            </option>
          ))}
        </select>
        <Button appearance="subtle-button" hint="danger" onClick={() => remove.mutate(undefined)} aria-label={t('weighing.removeArgumentNamed', { text: argument.omschrijving })}>
          {t('weighing.removeArgument')}
        </Button>
      </div>
      <FormErrors error={weigh.error ?? remove.error} />
    </div>
  );
}

function ArgumentForm({ caseRef, optionId }: { caseRef: string; optionId: number }) {
  const { t, pick } = useI18n();
  const card = useCatalog('argumenten');
  const add = useCaseMutation(caseRef, (body: NewArgument) => addArgument(caseRef, optionId, body));
  const [mode, setMode] = useState<'kaart' | 'eigen'>('kaart');
  const [chosen, setChosen] = useState('');
  const [ownText, setOwnText] = useState('');
  const [theme, setTheme] = useState<Theme>('welzijn');
  const [side, setSide] = useState<Side>('voor');
  const [note, setNote] = useState('');
  const [by, setBy] = useState<BroughtBy>('uitvoerder');
  const [weight, setWeight] = useState('');
  const [saved, setSaved] = useState('');
  const prefix = `argument-${optionId}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const body: NewArgument = {
      ...(mode === 'kaart' ? { argument: chosen } : { eigenTekst: ownText, thema: theme, kant: side }),
      ingebrachtDoor: by,
      ...(note ? { toelichting: note } : {}),
      ...(weight ? { gewicht: Number(weight) } : {}),
    };
    add.mutate(body, {
      onSuccess: (argument) => {
        setSaved(argument.omschrijving);
        setChosen('');
        setOwnText('');
        setNote('');
        setWeight('');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="helder-subform">
      {saved && (
        <p className="utrecht-paragraph helder-success" role="status">
          {t('weighing.argumentSaved', { text: saved })}
        </p>
      )}
      <FormErrors error={add.error} fields={{ argument: `${prefix}-kaart`, eigenTekst: `${prefix}-eigen`, toelichting: `${prefix}-toelichting` }} />
      <ChoiceGroup
        id={`${prefix}-soort`}
        legend={t('weighing.argumentHow')}
        choices={[
          { value: 'kaart', label: t('weighing.fromCard') },
          { value: 'eigen', label: t('weighing.ownArgument') },
        ]}
        value={[mode]}
        onChange={(value) => setMode(value[0] === 'eigen' ? 'eigen' : 'kaart')}
      />
      {mode === 'kaart' ? (
        <QueryState query={card} label={t('weighing.card')}>
          {(catalog) => (
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${prefix}-kaart`}>
                {t('weighing.cardArgument')}
              </label>
              <select id={`${prefix}-kaart`} className="utrecht-select utrecht-select--html-select helder-wide" value={chosen} onChange={(event) => setChosen(event.target.value)}>
                <option value="">{t('weighing.chooseArgument')}</option>
                {THEMES.flatMap((th) =>
                  SIDES.map((sd) => {
                    const items = catalog.items.filter((entry) => entry.hoofdgroep === th && entry.kant === sd);
                    if (items.length === 0) return null;
                    return (
                      <optgroup key={`${th}-${sd}`} label={`${t(`theme.${th}`)} – ${t(`side.${sd}`)}`}>
                        {items.map((entry) => (
                          <option key={entry.id} value={entry.id}>
                            {pick(entry.tekst)}
                          </option>
                        ))}
                      </optgroup>
                    );
                  }),
                )}
              </select>
            </div>
          )}
        </QueryState>
      ) : (
        <>
          <TextAreaField id={`${prefix}-eigen`} label={t('weighing.ownText')} value={ownText} onChange={setOwnText} rows={2} error={fieldError(add.error, 'eigenTekst')} />
          <SelectField id={`${prefix}-thema`} label={t('weighing.theme')} value={theme} onChange={(v) => setTheme(v as Theme)} choices={THEMES.map((th) => ({ value: th, label: t(`theme.${th}`) }))} error={fieldError(add.error, 'thema')} />
          <ChoiceGroup id={`${prefix}-kant`} legend={t('weighing.side')} choices={SIDES.map((sd) => ({ value: sd, label: t(`side.${sd}`) }))} value={[side]} onChange={(v) => setSide((v[0] as Side) ?? 'voor')} error={fieldError(add.error, 'kant')} />
        </>
      )}
      <TextAreaField id={`${prefix}-toelichting`} label={t('weighing.argumentNote')} description={t('weighing.argumentNoteHelp')} value={note} onChange={setNote} rows={2} error={fieldError(add.error, 'toelichting')} />
      <SelectField id={`${prefix}-door`} label={t('weighing.broughtByLabel')} value={by} onChange={(v) => setBy(v as BroughtBy)} choices={BROUGHT_BY.map((b) => ({ value: b, label: t(`broughtBy.${b}`) }))} />
      <SelectField
        id={`${prefix}-gewicht`}
        label={t('weighing.weight')}
        description={t('weighing.weightHelp')}
        value={weight}
        onChange={setWeight}
        choices={[{ value: '', label: t('weight.none') }, ...[1, 2, 3, 4, 5].map((w) => ({ value: String(w), label: t(`weight.${w}` as 'weight.1') }))]}
        error={fieldError(add.error, 'gewicht')}
      />
      <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
        {t('weighing.addArgument')}
      </Button>
    </form>
  );
}

const OPTION_FIELDS: Record<string, string> = {
  titel: 'optie-titel',
  omschrijving: 'optie-omschrijving',
  soort: 'optie-soort',
  'afwijking.regeling': 'afwijking-regeling',
  'afwijking.artikel': 'afwijking-artikel',
  'afwijking.grondslag': 'afwijking-grondslag',
  'afwijking.grondslagVerwijzing': 'afwijking-verwijzing',
  'afwijking.bijzondereOmstandigheden': 'afwijking-omstandigheden',
  'afwijking.onevenredigheid': 'afwijking-onevenredigheid',
  afwijking: 'afwijking-artikel',
};

function OptionForm({ item }: { item: Case }) {
  const { t } = useI18n();
  const regulations = useRegulations();
  const add = useCaseMutation(item.referentie, (body: NewOption) => addOption(item.referentie, body));
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<OptionKind>('standaard');
  const [regulation, setRegulation] = useState('');
  const [article, setArticle] = useState('');
  const [basis, setBasis] = useState<LegalBasis>('hardheidsclausule');
  const [reference, setReference] = useState('');
  const [circumstances, setCircumstances] = useState('');
  const [disproportion, setDisproportion] = useState('');
  const [saved, setSaved] = useState('');
  const caseRegulations: Regulation[] = (regulations.data ?? []).filter((r) => item.regelingen.includes(r.id));
  const error = add.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: NewOption = {
      titel: title,
      soort: kind,
      ...(description ? { omschrijving: description } : {}),
      ...(kind === 'afwijking'
        ? {
            afwijking: {
              ...(regulation ? { regeling: regulation } : {}),
              artikel: article,
              grondslag: basis,
              ...(reference ? { grondslagVerwijzing: reference } : {}),
              ...(circumstances ? { bijzondereOmstandigheden: circumstances } : {}),
              ...(disproportion ? { onevenredigheid: disproportion } : {}),
            },
          }
        : {}),
    };
    add.mutate(body, {
      onSuccess: (option) => {
        setSaved(option.titel);
        setTitle('');
        setDescription('');
        setArticle('');
        setReference('');
        setCircumstances('');
        setDisproportion('');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="helder-panel" aria-labelledby="optie-toevoegen">
      <Heading level={3} id="optie-toevoegen">
        {t('option.add')}
      </Heading>
      {saved && (
        <p className="utrecht-paragraph helder-success" role="status">
          {t('option.saved', { title: saved })}
        </p>
      )}
      <FormErrors error={error} fields={OPTION_FIELDS} />
      <TextField id="optie-titel" label={t('option.title')} value={title} onChange={setTitle} error={fieldError(error, 'titel')} required />
      <TextAreaField id="optie-omschrijving" label={t('option.description')} description={t('optional')} value={description} onChange={setDescription} rows={2} error={fieldError(error, 'omschrijving')} />
      <ChoiceGroup
        id="optie-soort"
        legend={t('option.kind')}
        choices={OPTION_KINDS.map((k) => ({ value: k, label: t(`optionKindLong.${k}`) }))}
        value={[kind]}
        onChange={(v) => setKind((v[0] as OptionKind) ?? 'standaard')}
        error={fieldError(error, 'soort')}
      />
      {kind === 'afwijking' && (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset helder-fieldset helder-deviation-fields">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('deviation.legend')}</legend>
          <SelectField
            id="afwijking-regeling"
            label={t('deviation.regulation')}
            description={t('deviation.regulationHelp')}
            value={regulation}
            onChange={setRegulation}
            placeholder={t('deviation.internalRule')}
            choices={caseRegulations.map((r) => ({ value: r.id, label: `${r.naam}${r.hardheidsclausule ? ` (${t('deviation.hasHardship')})` : ''}` }))}
            error={fieldError(error, 'afwijking.regeling')}
          />
          <TextField id="afwijking-artikel" label={t('deviation.article')} description={t('deviation.articleHelp')} value={article} onChange={setArticle} error={fieldError(error, 'afwijking.artikel')} required />
          <SelectField id="afwijking-grondslag" label={t('deviation.basis')} value={basis} onChange={(v) => setBasis(v as LegalBasis)} choices={LEGAL_BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))} error={fieldError(error, 'afwijking.grondslag')} />
          <TextField id="afwijking-verwijzing" label={t('deviation.reference')} description={t('deviation.referenceHelp')} value={reference} onChange={setReference} error={fieldError(error, 'afwijking.grondslagVerwijzing')} />
          <TextAreaField id="afwijking-omstandigheden" label={t('deviation.circumstances')} value={circumstances} onChange={setCircumstances} rows={3} error={fieldError(error, 'afwijking.bijzondereOmstandigheden')} />
          <TextAreaField id="afwijking-onevenredigheid" label={t('deviation.disproportion')} value={disproportion} onChange={setDisproportion} rows={3} error={fieldError(error, 'afwijking.onevenredigheid')} />
        </fieldset>
      )}
      <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
        {t('option.submit')}
      </Button>
    </form>
  );
}
