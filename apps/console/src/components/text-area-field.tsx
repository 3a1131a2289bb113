import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';

/** A labelled multi-line input (react-aria TextField with a TextArea). */
export function TextAreaField(props: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  lang?: string;
  /** Source code: monospace, no spell checking. */
  code?: boolean;
  isReadOnly?: boolean;
}) {
  const isInvalid = props.error != null;
  return (
    <TextField
      value={props.value}
      onChange={props.onChange}
      isInvalid={isInvalid}
      isReadOnly={props.isReadOnly ?? false}
      validationBehavior="aria"
      className={isInvalid ? 'field field-invalid' : 'field'}
    >
      <Label>{props.label}</Label>
      {props.hint !== undefined && (
        <Text slot="description" className="hint">
          {props.hint}
        </Text>
      )}
      <FieldError className="field-error">{props.error}</FieldError>
      <TextArea
        className={props.code ? 'input textarea textarea-code' : 'input textarea'}
        lang={props.lang}
        spellCheck={props.code ? false : undefined}
      />
    </TextField>
  );
}
