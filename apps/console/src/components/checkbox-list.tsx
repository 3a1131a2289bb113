import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';

/** A labelled set of checkboxes (react-aria CheckboxGroup: Tab between boxes, Space ticks one). */
export function CheckboxList<K extends string>(props: {
  label: string;
  hint?: string;
  options: ReadonlyArray<{ id: K; label: string }>;
  value: readonly K[];
  onChange: (value: K[]) => void;
  error?: string | null;
}) {
  const isInvalid = props.error != null;
  return (
    <CheckboxGroup
      className={isInvalid ? 'checkbox-group field-invalid' : 'checkbox-group'}
      value={[...props.value]}
      onChange={(value) => props.onChange(value as K[])}
      isInvalid={isInvalid}
      validationBehavior="aria"
    >
      <Label className="label">{props.label}</Label>
      {props.hint !== undefined && (
        <Text slot="description" className="hint">
          {props.hint}
        </Text>
      )}
      <FieldError className="field-error">{props.error}</FieldError>
      <div className="checkboxes">
        {props.options.map((option) => (
          <Checkbox key={option.id} value={option.id} className="checkbox">
            {({ isSelected }) => (
              <>
                <span className="checkbox-box" aria-hidden="true">
                  {isSelected ? '✓' : ''}
                </span>
                {option.label}
              </>
            )}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}

/** One labelled checkbox standing alone. */
export function CheckboxField(props: { label: string; value: boolean; onChange: (value: boolean) => void }) {
  return (
    <Checkbox className="checkbox checkbox-single" isSelected={props.value} onChange={props.onChange}>
      {({ isSelected }) => (
        <>
          <span className="checkbox-box" aria-hidden="true">
            {isSelected ? '✓' : ''}
          </span>
          {props.label}
        </>
      )}
    </Checkbox>
  );
}
