// Follow-up and lessons: what the decision did in practice, what comes next, and what we
// learn, for ourselves or for policy (a structural lesson becomes a structural signal).
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useRegulations } from '../api/catalog';
import { useCaseMutation } from '../api/cases';
import { addEvaluation, addLesson, useEvaluations, useLessons } from '../api/record';
import { LESSON_SCOPES, type Case, type LessonScope } from '../api/types';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../components/Fields';
import { FormErrors, fieldError } from '../components/FormErrors';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { startOfDay, today } from './dates';

export function FollowUpSection({ item }: { item: Case }) {
  const { t, formatDate } = useI18n();
  const evaluations = useEvaluations(item.referentie);
  const lessons = useLessons(item.referentie);
  return (
    <section id="opvolging" aria-labelledby="opvolging-titel" className="helder-section">
      <Heading level={2} id="opvolging-titel">
        {t('followUp.title')}
      </Heading>
      <Heading level={3}>{t('followUp.evaluations')}</Heading>
      <QueryState query={evaluations} label={t('followUp.evaluations')}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph className="helder-muted">{t('followUp.noEvaluations')}</Paragraph>
          ) : (
            <ul className="helder-observations">
              {list.map((evaluation) => (
                <li key={evaluation.id} className="helder-observation">
                  <p className="utrecht-paragraph">{evaluation.waargenomenEffect}</p>
                  {evaluation.volgendeStap && <p className="utrecht-paragraph">{t('followUp.nextStepIs', { step: evaluation.volgendeStap })}</p>}
                  <p className="utrecht-paragraph utrecht-paragraph--small helder-muted">{t('followUp.evaluatedOn', { date: formatDate(evaluation.datum), who: evaluation.door })}</p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <EvaluationForm caseRef={item.referentie} />
      <Heading level={3}>{t('followUp.lessons')}</Heading>
      <QueryState query={lessons} label={t('followUp.lessons')}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph className="helder-muted">{t('followUp.noLessons')}</Paragraph>
          ) : (
            <ul className="helder-observations">
              {list.map((lesson) => (
                <li key={lesson.id} className="helder-observation">
                  <p className="utrecht-paragraph">{lesson.les}</p>
                  <p className="utrecht-paragraph utrecht-paragraph--small helder-muted">
                    {t(`scope.${lesson.reikwijdte}`)}
                    {lesson.structureel && ` · ${t('followUp.structural')}`} · {lesson.door}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <LessonForm item={item} />
    </section>
  );
}

function EvaluationForm({ caseRef }: { caseRef: string }) {
  const { t } = useI18n();
  const add = useCaseMutation(caseRef, (body: { datum: string; waargenomenEffect: string; volgendeStap?: string }) => addEvaluation(caseRef, body));
  const [date, setDate] = useState(today());
  const [effect, setEffect] = useState('');
  const [next, setNext] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    add.mutate(
      { datum: startOfDay(date), waargenomenEffect: effect, ...(next ? { volgendeStap: next } : {}) },
      {
        onSuccess: () => {
          setEffect('');
          setNext('');
        },
      },
    );
  }
  return (
    <form onSubmit={submit} noValidate className="helder-panel" aria-label={t('followUp.addEvaluation')}>
      <FormErrors error={add.error} fields={{ datum: 'evaluatie-datum', waargenomenEffect: 'evaluatie-effect', volgendeStap: 'evaluatie-volgende' }} />
      <TextField id="evaluatie-datum" type="date" label={t('followUp.date')} value={date} onChange={setDate} max={today()} error={fieldError(add.error, 'datum')} />
      <TextAreaField id="evaluatie-effect" label={t('followUp.effect')} value={effect} onChange={setEffect} rows={3} error={fieldError(add.error, 'waargenomenEffect')} required />
      <TextAreaField id="evaluatie-volgende" label={t('followUp.nextStep')} description={t('optional')} value={next} onChange={setNext} rows={2} error={fieldError(add.error, 'volgendeStap')} />
      <Button type="submit" appearance="secondary-action-button" busy={add.isPending}>
        {t('followUp.addEvaluation')}
      </Button>
    </form>
  );
}

function LessonForm({ item }: { item: Case }) {
  const { t } = useI18n();
  const regulations = useRegulations();
  const add = useCaseMutation(item.referentie, (body: { les: string; reikwijdte: LessonScope; structureel?: boolean; regeling?: string }) =>
    addLesson(item.referentie, body),
  );
  const [lesson, setLesson] = useState('');
  const [scope, setScope] = useState<LessonScope>('mijn-organisatie');
  const [structural, setStructural] = useState(false);
  const [regulation, setRegulation] = useState(item.regelingen[0] ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    add.mutate(
      { les: lesson, reikwijdte: scope, ...(structural ? { structureel: true, regeling: regulation } : {}) },
      { onSuccess: () => setLesson('') },
    );
  }
  return (
    <form onSubmit={submit} noValidate className="helder-panel" aria-label={t('followUp.addLesson')}>
      <FormErrors error={add.error} fields={{ les: 'les-tekst', regeling: 'les-regeling' }} />
      <TextAreaField id="les-tekst" label={t('followUp.lesson')} description={t('followUp.lessonHelp')} value={lesson} onChange={setLesson} rows={3} error={fieldError(add.error, 'les')} required />
      <SelectField id="les-reikwijdte" label={t('followUp.scope')} value={scope} onChange={(v) => setScope(v as LessonScope)} choices={LESSON_SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))} />
      <CheckboxField id="les-structureel" label={t('followUp.structuralLabel')} checked={structural} onChange={setStructural} />
      {structural && (
        <SelectField
          id="les-regeling"
          label={t('followUp.regulation')}
          value={regulation}
          onChange={setRegulation}
          choices={(regulations.data ?? []).filter((r) => item.regelingen.includes(r.id)).map((r) => ({ value: r.id, label: r.naam }))}
          error={fieldError(add.error, 'regeling')}
        />
      )}
      <Button type="submit" appearance="secondary-action-button" busy={add.isPending}>
        {t('followUp.addLesson')}
      </Button>
    </form>
  );
}
