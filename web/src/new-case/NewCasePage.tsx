// Nieuwe casus: only the fields that matter to start. The API checks the input; its
// messages appear next to the fields, and nothing typed is lost.
import { Button } from '@utrecht/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useRegulations } from '../api/catalog';
import { ApiError } from '../api/client';
import { useCreateCase } from '../api/cases';
import { RESIDENT_KINDS, type ResidentKind } from '../api/types';
import { ChoiceGroup, TextAreaField, TextField } from '../components/Fields';
import { FormErrors, fieldError } from '../components/FormErrors';
import { QueryState } from '../components/QueryState';
import { Heading, Paragraph } from '../components/Typography';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../app/usePageTitle';

const FIELD_IDS: Record<string, string> = {
  titel: 'titel',
  samenvatting: 'samenvatting',
  'inwoner.referentie': 'inwoner-referentie',
  'inwoner.soort': 'inwoner-soort',
  regelingen: 'regelingen',
};

export function NewCasePage() {
  const { t } = useI18n();
  usePageTitle(t('newCase.title'));
  const navigate = useNavigate();
  const regulations = useRegulations();
  const create = useCreateCase();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [resident, setResident] = useState('');
  const [kind, setKind] = useState<ResidentKind>('persoon');
  const [chosen, setChosen] = useState<string[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { titel: title, samenvatting: summary, inwoner: { referentie: resident.trim(), soort: kind }, regelingen: chosen },
      {
        onSuccess: (created) => navigate(`/casussen/${created.referentie}`),
        onError: () => window.setTimeout(() => summaryRef.current?.focus(), 0),
      },
    );
  }

  const error = create.error;
  const regulationError = error instanceof ApiError
    ? error.invalidParams.filter((p) => p.name === 'regelingen' || p.name.startsWith('regelingen[')).map((p) => p.reason).join(' ')
    : '';

  return (
    <>
      <Heading level={1}>{t('newCase.title')}</Heading>
      <Paragraph lead>{t('newCase.intro')}</Paragraph>
      <div ref={summaryRef} tabIndex={-1}>
        <FormErrors error={error} fields={FIELD_IDS} />
      </div>
      <form onSubmit={submit} noValidate className="helder-form">
        <TextField id="titel" label={t('newCase.caseTitle')} description={t('newCase.caseTitleHelp')} value={title} onChange={setTitle} error={fieldError(error, 'titel')} required />
        <TextAreaField id="samenvatting" label={t('newCase.summary')} description={t('newCase.summaryHelp')} value={summary} onChange={setSummary} error={fieldError(error, 'samenvatting')} />
        <TextField
          id="inwoner-referentie"
          label={t('newCase.resident')}
          description={t('newCase.residentHelp')}
          value={resident}
          onChange={setResident}
          error={fieldError(error, 'inwoner.referentie')}
          required
        />
        <ChoiceGroup
          id="inwoner-soort"
          legend={t('newCase.kind')}
          choices={RESIDENT_KINDS.map((k) => ({ value: k, label: t(`residentKind.${k}`) }))}
          value={[kind]}
          onChange={(value) => setKind((value[0] as ResidentKind) ?? 'persoon')}
          error={fieldError(error, 'inwoner.soort')}
        />
        <QueryState query={regulations} label={t('load.regulations')}>
          {(list) => (
            <ChoiceGroup
              id="regelingen"
              legend={t('newCase.regulations')}
              description={t('newCase.regulationsHelp')}
              multiple
              choices={list.map((r) => ({ value: r.id, label: `${r.naam} (${r.korteNaam})` }))}
              value={chosen}
              onChange={setChosen}
              error={regulationError || undefined}
            />
          )}
        </QueryState>
        <div className="helder-actions">
          <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
            {t('newCase.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
