import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

/** A labelled choice among a few options (react-aria Select: a button and a listbox popover). */
export function SelectField<K extends string>(props: {
  label: string;
  options: ReadonlyArray<{ id: K; label: string }>;
  value: K;
  onChange: (value: K) => void;
}) {
  return (
    <Select
      className="field select"
      selectedKey={props.value}
      onSelectionChange={(key) => key !== null && props.onChange(String(key) as K)}
    >
      <Label className="select-label">{props.label}</Label>
      <Button className="input select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-arrow">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {props.options.map((option) => (
            <ListBoxItem key={option.id} id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
