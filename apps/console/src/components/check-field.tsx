import { Checkbox } from 'react-aria-components';

/** One labelled yes/no choice (react-aria Checkbox: Space toggles it). */
export function CheckField(props: { label: string; isSelected: boolean; onChange: (value: boolean) => void }) {
  return (
    <Checkbox className="checkbox" isSelected={props.isSelected} onChange={props.onChange}>
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
