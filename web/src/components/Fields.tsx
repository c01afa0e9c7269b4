// Form fields: an NL Design System form field with its label, description and error message
// beside the control, wired with ids so that screen readers read them with the control.
import { Checkbox } from '@utrecht/checkbox-react';
import { FormField } from '@utrecht/form-field-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
import { Textbox } from '@utrecht/textbox-react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

function ErrorPrefix() {
  const { t } = useI18n();
  return <span className="helder-visually-hidden">{t('form.errorPrefix')} </span>;
}

interface Common {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}

function describedBy(id: string, description: ReactNode, error: string | undefined) {
  return [description ? `${id}-uitleg` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;
}

function Parts({ id, description, error }: { id: string; description?: ReactNode; error?: string | undefined }) {
  return {
    description: description ? <FormFieldDescription id={`${id}-uitleg`}>{description}</FormFieldDescription> : undefined,
    errorMessage: error ? (
      <FormFieldErrorMessage id={`${id}-fout`}>
        <ErrorPrefix />
        {error}
      </FormFieldErrorMessage>
    ) : undefined,
  };
}

export function TextField({
  id,
  label,
  description,
  error,
  required,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputRef,
  max,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: string;
  autoComplete?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  max?: string;
}) {
  const parts = Parts({ id, description, error });
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={parts.description}
      errorMessage={parts.errorMessage}
      input={
        <Textbox
          id={id}
          ref={inputRef}
          type={type}
          value={value}
          max={max}
          autoComplete={autoComplete}
          invalid={Boolean(error)}
          required={required}
          aria-describedby={describedBy(id, description, error)}
          onChange={(event) => onChange(event.target.value)}
        />
      }
    />
  );
}

export function TextAreaField({
  id,
  label,
  description,
  error,
  required,
  value,
  onChange,
  rows = 4,
}: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  const parts = Parts({ id, description, error });
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={parts.description}
      errorMessage={parts.errorMessage}
      input={
        <textarea
          id={id}
          className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
          value={value}
          rows={rows}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
          onChange={(event) => onChange(event.target.value)}
        />
      }
    />
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({
  id,
  label,
  description,
  error,
  required,
  value,
  onChange,
  choices,
  placeholder,
}: Common & { value: string; onChange: (value: string) => void; choices: Choice[]; placeholder?: string }) {
  const parts = Parts({ id, description, error });
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={parts.description}
      errorMessage={parts.errorMessage}
      input={
        <select
          id={id}
          className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
          value={value}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
          onChange={(event) => onChange(event.target.value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      }
    />
  );
}

// A group of radio buttons (one choice) or checkboxes (several) in a fieldset with a legend.
export function ChoiceGroup({
  id,
  legend,
  description,
  error,
  choices,
  multiple,
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  choices: Choice[];
  multiple?: boolean;
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const parts = Parts({ id, description, error });
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset helder-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      aria-describedby={describedBy(id, description, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {parts.description}
      {parts.errorMessage}
      {choices.map((choice) => {
        const choiceId = `${id}-${choice.value}`;
        const checked = value.includes(choice.value);
        const toggle = (on: boolean) =>
          onChange(multiple ? (on ? [...value, choice.value] : value.filter((v) => v !== choice.value)) : [choice.value]);
        return (
          <div key={choice.value} className="helder-choice">
              {multiple ? (
                <Checkbox id={choiceId} checked={checked} onChange={(event) => toggle(event.target.checked)} />
              ) : (
                <RadioButton id={choiceId} name={id} checked={checked} onChange={(event) => toggle(event.target.checked)} />
              )}
              <FormLabel htmlFor={choiceId} type={multiple ? 'checkbox' : 'radio'} checked={checked}>
                {choice.label}
              </FormLabel>
          </div>
        );
      })}
    </fieldset>
  );
}

export function CheckboxField({ id, label, checked, onChange }: { id: string; label: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="helder-choice">
      <Checkbox id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <FormLabel htmlFor={id} type="checkbox" checked={checked}>
        {label}
      </FormLabel>
    </div>
  );
}
