// Where the case stands in its phases, and the move to a next phase (the server says which
// moves are allowed and what each one means).
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useMoveCase } from '../api/cases';
import { PHASES, type Case, type Phase } from '../api/types';
import { ChoiceGroup, TextAreaField } from '../components/Fields';
import { FormErrors } from '../components/FormErrors';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';

export function PhaseTracker({ phase }: { phase: Phase }) {
  const { t } = useI18n();
  const current = PHASES.indexOf(phase);
  return (
    <ol className="helder-phases" aria-label={t('phase.tracker')}>
      {PHASES.map((p, index) => (
        <li
          key={p}
          className={`helder-phases__step${index < current ? ' helder-phases__step--done' : ''}${index === current ? ' helder-phases__step--current' : ''}`}
          aria-current={index === current ? 'step' : undefined}
        >
          {t(`phase.${p}`)}
          {index === current && <span className="helder-visually-hidden"> {t('phase.currentMarker')}</span>}
        </li>
      ))}
    </ol>
  );
}

export function PhaseChange({ item }: { item: Case }) {
  const { t } = useI18n();
  const move = useMoveCase(item.referentie);
  const [target, setTarget] = useState<string>('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<Phase | null>(null);

  if (item.mogelijkeFaseovergangen.length === 0) {
    return <Paragraph>{t('phase.none')}</Paragraph>;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (move.isPending) return;
    move.mutate(
      { naar: target as Phase, toelichting: note },
      {
        onSuccess: () => {
          setDone(target as Phase);
          setTarget('');
          setNote('');
        },
      },
    );
  }

  return (
    <section aria-labelledby="fase-wijzigen" className="helder-panel">
      <Heading level={2} id="fase-wijzigen">
        {t('phase.change')}
      </Heading>
      {done && (
        <p className="utrecht-paragraph helder-success" role="status">
          {t('phase.moved', { phase: t(`phase.${done}`) })}
        </p>
      )}
      <FormErrors error={move.error} />
      <form onSubmit={submit} noValidate>
        <ChoiceGroup
          id="naar-fase"
          legend={t('phase.to')}
          choices={item.mogelijkeFaseovergangen.map((option) => ({
            value: option.naar,
            label: `${t(`phase.${option.naar}`)}: ${option.betekenis}`,
          }))}
          value={target ? [target] : []}
          onChange={(value) => setTarget(value[0] ?? '')}
        />
        <TextAreaField id="fase-toelichting" label={t('phase.note')} description={t('optional')} value={note} onChange={setNote} rows={2} />
        <Button type="submit" appearance="secondary-action-button" busy={move.isPending}>
          {t('phase.submit')}
        </Button>
      </form>
    </section>
  );
}
