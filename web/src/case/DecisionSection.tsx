// The decision: choose an option and give its motivation, how and when its effect is
// checked, who follows it up and when it is looked at again. When the chosen option deviates
// from a rule, the rule and the legal basis are shown with it, as the motivation will name them.
// The chosen option is compared with similar decided cases; when it departs from them, the
// caseworker may say why this case is different (never required). A recorded decision shows
// how it compared.
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useCaseMutation, useMoveCase } from '../api/cases';
import { decide, useDecisions, useWeighing } from '../api/record';
import { useConsistency } from '../api/similarity';
import type { Case, Decision, NewDecision, WeighedOption } from '../api/types';
import { useSession } from '../auth/SessionContext';
import { Alert } from '../components/Alert';
import { ChoiceGroup, TextAreaField, TextField } from '../components/Fields';
import { FormErrors, fieldError } from '../components/FormErrors';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { checkState, reasonForBody } from '../similar/format';
import { ConsistencyNotice, REASON_FIELD } from './ConsistencyNotice';
import { inMonths } from './dates';
import { DecisionConsistencyView } from './DecisionConsistencyView';
import { DeviationSummary } from './DeviationSummary';

export function DecisionSection({ item }: { item: Case }) {
  const { t } = useI18n();
  const decisions = useDecisions(item.referentie);
  const weighing = useWeighing(item.referentie);
  return (
    <section id="besluit" aria-labelledby="besluit-titel" className="helder-section">
      <Heading level={2} id="besluit-titel">
        {t('decision.title')}
      </Heading>
      <QueryState query={decisions} label={t('decision.title')}>
        {(list) =>
          list.length > 0 ? (
            list.map((decision) => <DecisionView key={decision.id} decision={decision} options={weighing.data?.opties ?? []} />)
          ) : (
            <QueryState query={weighing} label={t('weighing.title')}>
              {(data) => <DecisionForm item={item} options={data.opties} />}
            </QueryState>
          )
        }
      </QueryState>
    </section>
  );
}

function DecisionView({ decision, options }: { decision: Decision; options: WeighedOption[] }) {
  const { t, formatDate } = useI18n();
  const option = options.find((o) => o.id === decision.optie);
  return (
    <div className="helder-panel">
      <Alert type="ok">{t('decision.taken', { who: decision.beslotenDoor, when: formatDate(decision.besluitOp) })}</Alert>
      <dl className="helder-deviation">
        <div className="helder-deviation__row">
          <dt>{t('decision.option')}</dt>
          <dd>{option?.titel ?? `#${decision.optie}`}</dd>
        </div>
        <div className="helder-deviation__row">
          <dt>{t('decision.serviceType')}</dt>
          <dd>{t(`serviceType.${decision.dienstverleningstype}`)}</dd>
        </div>
        <div className="helder-deviation__row">
          <dt>{t('decision.motivation')}</dt>
          <dd className="helder-pre">{decision.motivering}</dd>
        </div>
        <div className="helder-deviation__row">
          <dt>{t('decision.effectHow')}</dt>
          <dd>{t('decision.effectOn', { how: decision.effectcontrole.hoe, when: formatDate(decision.effectcontrole.op) })}</dd>
        </div>
        <div className="helder-deviation__row">
          <dt>{t('decision.followUpBy')}</dt>
          <dd>{decision.opvolgingDoor}</dd>
        </div>
        <div className="helder-deviation__row">
          <dt>{t('decision.reviewOn')}</dt>
          <dd>{formatDate(decision.herbeoordelingOp)}</dd>
        </div>
      </dl>
      {option?.afwijking && <DeviationSummary deviation={option.afwijking} />}
      {decision.consistentie && <DecisionConsistencyView consistency={decision.consistentie} decisionId={decision.id} />}
    </div>
  );
}

const DECISION_FIELDS: Record<string, string> = {
  optie: 'besluit-optie',
  motivering: 'besluit-motivering',
  'effectcontrole.hoe': 'besluit-effect-hoe',
  'effectcontrole.op': 'besluit-effect-op',
  opvolgingDoor: 'besluit-opvolging',
  herbeoordelingOp: 'besluit-herbeoordeling',
  verschilMetVergelijkbareCasussen: REASON_FIELD,
};

function DecisionForm({ item, options }: { item: Case; options: WeighedOption[] }) {
  const { t } = useI18n();
  const { user } = useSession();
  const save = useCaseMutation(item.referentie, (body: NewDecision) => decide(item.referentie, body));
  const move = useMoveCase(item.referentie);
  const [optionId, setOptionId] = useState('');
  const [motivation, setMotivation] = useState('');
  const [effectHow, setEffectHow] = useState('');
  const [effectOn, setEffectOn] = useState(inMonths(3));
  const [followUp, setFollowUp] = useState(user.gebruikersnaam);
  const [review, setReview] = useState(inMonths(6));
  const [difference, setDifference] = useState('');
  const chosen = options.find((o) => String(o.id) === optionId);
  const consistency = useConsistency(item.referentie, chosen ? chosen.id : null);
  // The reason is sent only while its field is on screen (the chosen option departs).
  const departs = consistency.data !== undefined && checkState(consistency.data) === 'departs';
  const error = save.error;
  const canWeigh = item.mogelijkeFaseovergangen.some((m) => m.naar === 'afweging');

  if (options.length === 0) {
    return <Paragraph className="helder-muted">{t('decision.noOptions')}</Paragraph>;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate({
      optie: Number(optionId),
      motivering: motivation,
      effectcontrole: { hoe: effectHow, op: effectOn },
      opvolgingDoor: followUp.trim(),
      herbeoordelingOp: review,
      ...reasonForBody(difference, departs),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="helder-panel" aria-labelledby="besluit-titel">
      {item.fase !== 'afweging' && (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('decision.needsWeighingPhase', { phase: t(`phase.${item.fase}`) })}</p>
          {canWeigh && (
            <Button appearance="secondary-action-button" onClick={() => move.mutate({ naar: 'afweging', toelichting: '' })} busy={move.isPending}>
              {t('decision.toWeighing')}
            </Button>
          )}
        </Alert>
      )}
      <FormErrors error={move.error} />
      <FormErrors error={error} fields={DECISION_FIELDS} />
      <ChoiceGroup
        id="besluit-optie"
        legend={t('decision.chooseOption')}
        choices={options.map((o) => ({ value: String(o.id), label: `${o.titel} (${t(`optionKind.${o.soort}`)})` }))}
        value={optionId ? [optionId] : []}
        onChange={(v) => setOptionId(v[0] ?? '')}
        error={fieldError(error, 'optie')}
      />
      {chosen?.afwijking && (
        <div className="helder-deviation-panel" role="group" aria-labelledby="besluit-afwijking">
          <Heading level={3} id="besluit-afwijking">
            {t('decision.deviationTitle')}
          </Heading>
          <Paragraph>{t('decision.deviationIntro')}</Paragraph>
          <DeviationSummary deviation={chosen.afwijking} />
          {chosen.afwijking.grondslag === 'hardheidsclausule' && !chosen.afwijking.bijzondereOmstandigheden && (
            <Alert type="warning">{t('decision.deviationNoCircumstances')}</Alert>
          )}
        </div>
      )}
      {chosen && (
        <ConsistencyNotice
          check={consistency}
          reason={difference}
          onReason={setDifference}
          reasonError={fieldError(error, 'verschilMetVergelijkbareCasussen')}
        />
      )}
      <TextAreaField id="besluit-motivering" label={t('decision.motivation')} description={t('decision.motivationHelp')} value={motivation} onChange={setMotivation} rows={5} error={fieldError(error, 'motivering')} required />
      <TextAreaField id="besluit-effect-hoe" label={t('decision.effectHow')} value={effectHow} onChange={setEffectHow} rows={2} error={fieldError(error, 'effectcontrole.hoe')} required />
      <TextField id="besluit-effect-op" type="date" label={t('decision.effectWhen')} value={effectOn} onChange={setEffectOn} error={fieldError(error, 'effectcontrole.op')} required />
      <TextField id="besluit-opvolging" label={t('decision.followUpBy')} description={t('decision.followUpHelp')} value={followUp} onChange={setFollowUp} error={fieldError(error, 'opvolgingDoor')} required />
      <TextField id="besluit-herbeoordeling" type="date" label={t('decision.reviewOn')} value={review} onChange={setReview} error={fieldError(error, 'herbeoordelingOp')} required />
      <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
        {t('decision.submit')}
      </Button>
    </form>
  );
}
