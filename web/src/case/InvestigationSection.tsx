// The investigation: the caseworkers' questions as prompts per group (folded; they guide,
// they never force), the resident's own words, and for regulations with a prescribed order
// the five steps with a plain verdict on what is missing or out of order.
import { Button } from '@utrecht/button-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useCatalog } from '../api/catalog';
import { useCaseMutation } from '../api/cases';
import { addAnswer, putOrderStep, putWishes, useInvestigation } from '../api/record';
import type { Catalog, CatalogItem, Investigation, InvestigationStep, OrderStep, ResidentWishes } from '../api/types';
import { Alert } from '../components/Alert';
import { TextAreaField, TextField } from '../components/Fields';
import { FormErrors, fieldError } from '../components/FormErrors';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { localDay, startOfDay, today } from './dates';

export function InvestigationSection({ caseRef }: { caseRef: string }) {
  const { t } = useI18n();
  const investigation = useInvestigation(caseRef);
  const questions = useCatalog('vragen');
  return (
    <section id="onderzoek" aria-labelledby="onderzoek-titel" className="helder-section">
      <Heading level={2} id="onderzoek-titel">
        {t('investigation.title')}
      </Heading>
      <Paragraph>{t('investigation.intro')}</Paragraph>
      <QueryState query={investigation} label={t('investigation.title')}>
        {(data) => (
          <>
            <QueryState query={questions} label={t('investigation.questions')}>
              {(card) => <QuestionGroups caseRef={caseRef} card={card} data={data} />}
            </QueryState>
            <WishesForm caseRef={caseRef} wishes={data.wensenInwoner} />
            {data.stappenplan.vanToepassing && <OrderSteps caseRef={caseRef} data={data} />}
          </>
        )}
      </QueryState>
    </section>
  );
}

function QuestionGroups({ caseRef, card, data }: { caseRef: string; card: Catalog; data: Investigation }) {
  const { t, pick } = useI18n();
  const phases = card.groepen.filter((group) => group.soort === 'fase');
  return (
    <div className="helder-question-groups">
      <Heading level={3}>{t('investigation.questions')}</Heading>
      {phases.map((phase) => (
        <div key={phase.id}>
          <Heading level={4}>{pick(phase.label)}</Heading>
          {card.groepen
            .filter((group) => group.ouder === phase.id && group.onderzoeksstap)
            .map((group) => {
              const step = group.onderzoeksstap as InvestigationStep;
              const items = card.items.filter((item) => item.groep === group.id);
              const answered = items.filter((item) => data.antwoorden[step]?.some((a) => a.vraag === item.id)).length;
              return (
                <details key={group.id} className="helder-fold helder-question-group">
                  <summary>
                    {pick(group.label)}{' '}
                    <span className="helder-muted">{t('investigation.answeredCount', { answered, total: items.length })}</span>
                  </summary>
                  {items.map((item) => (
                    <Question key={item.id} caseRef={caseRef} step={step} item={item} data={data} />
                  ))}
                </details>
              );
            })}
        </div>
      ))}
    </div>
  );
}

function Question({ caseRef, step, item, data }: { caseRef: string; step: InvestigationStep; item: CatalogItem; data: Investigation }) {
  const { t, pick, formatDateTime } = useI18n();
  const add = useCaseMutation(caseRef, (antwoord: string) => addAnswer(caseRef, { onderzoeksstap: step, vraag: item.id, antwoord }));
  const [answer, setAnswer] = useState('');
  const answers = (data.antwoorden[step] ?? []).filter((a) => a.vraag === item.id);
  const id = `antwoord-${item.id.replace(/[^a-z0-9-]/gi, '-')}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    add.mutate(answer, { onSuccess: () => setAnswer('') });
  }

  return (
    <form onSubmit={submit} noValidate className="helder-question">
      {answers.length > 0 && (
        <ul className="helder-answers" aria-label={t('investigation.answersTo', { question: pick(item.tekst) })}>
          {answers.map((a) => (
            <li key={a.id}>
              <blockquote className="helder-answer">{a.antwoord}</blockquote>
              <span className="helder-muted utrecht-paragraph--small">{t('investigation.answeredBy', { who: a.door, when: formatDateTime(a.op) })}</span>
            </li>
          ))}
        </ul>
      )}
      <FormErrors error={add.error} />
      <TextAreaField id={id} label={pick(item.tekst)} value={answer} onChange={setAnswer} rows={2} error={fieldError(add.error, 'antwoord')} />
      <Button type="submit" appearance="secondary-action-button" busy={add.isPending}>
        {t('investigation.saveAnswer')}
      </Button>
    </form>
  );
}

const WISH_FIELDS = ['kortetermijn', 'langetermijn', 'eigenBijdrage', 'voorkeursoptie'] as const;

function WishesForm({ caseRef, wishes }: { caseRef: string; wishes: ResidentWishes | null }) {
  const { t, formatDateTime } = useI18n();
  const save = useCaseMutation(caseRef, (body: ResidentWishes) => putWishes(caseRef, body));
  const [values, setValues] = useState<Record<(typeof WISH_FIELDS)[number], string>>({
    kortetermijn: wishes?.kortetermijn ?? '',
    langetermijn: wishes?.langetermijn ?? '',
    eigenBijdrage: wishes?.eigenBijdrage ?? '',
    voorkeursoptie: wishes?.voorkeursoptie ?? '',
  });
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    save.mutate(values, { onSuccess: () => setSaved(true) });
  }

  return (
    <form onSubmit={submit} noValidate className="helder-panel" aria-labelledby="wensen-titel">
      <Heading level={3} id="wensen-titel">
        {t('wishes.title')}
      </Heading>
      <Paragraph>{t('wishes.intro')}</Paragraph>
      {wishes?.op && <Paragraph small className="helder-muted">{t('wishes.lastSaved', { who: wishes.door ?? '', when: formatDateTime(wishes.op) })}</Paragraph>}
      {saved && (
        <p className="utrecht-paragraph helder-success" role="status">
          {t('wishes.saved')}
        </p>
      )}
      <FormErrors error={save.error} />
      {WISH_FIELDS.map((field) => (
        <TextAreaField
          key={field}
          id={`wens-${field}`}
          label={t(`wishes.${field}`)}
          value={values[field]}
          onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
          rows={2}
          error={fieldError(save.error, field)}
        />
      ))}
      <Button type="submit" appearance="secondary-action-button" busy={save.isPending}>
        {t('wishes.submit')}
      </Button>
    </form>
  );
}

function OrderSteps({ caseRef, data }: { caseRef: string; data: Investigation }) {
  const { t } = useI18n();
  const verdict = data.stappenplan.oordeel;
  return (
    <div className="helder-panel" aria-labelledby="stappenplan-titel" role="group">
      <Heading level={3} id="stappenplan-titel">
        {t('order.title')}
      </Heading>
      <Paragraph>{t('order.intro')}</Paragraph>
      {verdict.compleetEnOpVolgorde ? (
        <Alert type="ok">{verdict.samenvatting}</Alert>
      ) : (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            <strong>{verdict.samenvatting}</strong>
          </p>
          {verdict.bevindingen.length > 0 && (
            <ul className="utrecht-unordered-list">
              {verdict.bevindingen.map((finding) => (
                <li key={`${finding.soort}-${finding.stap}-${finding.eerdereStap ?? ''}`} className="utrecht-unordered-list__item">
                  {finding.melding}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <ol className="helder-order-steps">
        {data.stappenplan.stappen.map((step) => (
          <li key={step.stap}>
            <OrderStepForm caseRef={caseRef} step={step} problems={verdict.bevindingen.filter((f) => f.stap === step.stap).map((f) => f.soort)} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function OrderStepForm({ caseRef, step, problems }: { caseRef: string; step: OrderStep; problems: string[] }) {
  const { t } = useI18n();
  const save = useCaseMutation(caseRef, (body: { inhoud: string; afgerondOp?: string }) => putOrderStep(caseRef, step.stap, body));
  const [content, setContent] = useState(step.inhoud);
  const [done, setDone] = useState(step.afgerondOp ? localDay(step.afgerondOp) : '');
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(false), [content, done]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate({ inhoud: content, ...(done ? { afgerondOp: startOfDay(done) } : {}) }, { onSuccess: () => setSaved(true) });
  }

  const status = problems.includes('out_of_order')
    ? t('order.statusOutOfOrder')
    : problems.includes('missing') || problems.includes('empty')
      ? t('order.statusMissing')
      : problems.includes('not_completed')
        ? t('order.statusOpen')
        : t('order.statusDone');

  return (
    <form onSubmit={submit} noValidate className={`helder-order-step${problems.length ? ' helder-order-step--problem' : ''}`}>
      <Heading level={4}>
        {t('order.step', { number: step.stap, title: step.titel })} <span className="helder-order-status">{status}</span>
      </Heading>
      <FormErrors error={save.error} />
      <TextAreaField id={`stap-${step.stap}`} label={t('order.content')} value={content} onChange={setContent} rows={2} error={fieldError(save.error, 'inhoud')} />
      <TextField id={`stap-${step.stap}-afgerond`} type="date" label={t('order.completedOn')} description={t('optional')} value={done} onChange={setDone} max={today()} error={fieldError(save.error, 'afgerondOp')} />
      <Button type="submit" appearance="secondary-action-button" busy={save.isPending}>
        {t('order.save', { number: step.stap })}
      </Button>
      {saved && (
        <span className="helder-success" role="status">
          {' '}
          {t('order.saved')}
        </span>
      )}
    </form>
  );
}
