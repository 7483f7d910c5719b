// The options bar: granularity, what to ignore, side-by-side or inline, folding of unchanged
// runs. Every control is a native input, so it is keyboard-reachable and labelled.
import type { CompareOptions } from '../../../preload/contract';
import type { ViewSettings } from './useViewSettings';

interface Props {
  settings: ViewSettings;
  onChange: (settings: ViewSettings) => void;
  /** One compact row for narrow windows: what to ignore and cleaning fold into a menu. */
  compact?: boolean;
}

const IGNORES: Array<{ key: keyof Omit<CompareOptions, 'granularity'>; label: string; title: string }> = [
  { key: 'ignoreCase', label: 'Case', title: 'Ignore differences of upper and lower case' },
  { key: 'ignoreWhitespace', label: 'Whitespace', title: 'Ignore line breaks and spacing' },
  { key: 'ignorePunctuation', label: 'Punctuation', title: 'Ignore punctuation marks' },
  {
    key: 'ignoreTypography',
    label: 'Typography',
    title: 'Ignore curly vs straight quotes, dashes, ligatures and ellipses',
  },
];

export function OptionsBar({ settings, onChange, compact = false }: Props) {
  const setOption = <K extends keyof CompareOptions>(key: K, value: CompareOptions[K]): void =>
    onChange({ ...settings, options: { ...settings.options, [key]: value } });
  const activeCount =
    IGNORES.filter(({ key }) => settings.options[key]).length +
    (settings.clean ? 1 : 0) +
    (settings.showRemoved ? 1 : 0);
  const more = (
    <>
      <fieldset className="ignores">
        <legend>Ignore</legend>
        {IGNORES.map(({ key, label, title }) => (
          <label key={key} title={title}>
            <input
              type="checkbox"
              checked={settings.options[key]}
              onChange={(event) => setOption(key, event.target.checked)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset className="ignores">
        <legend>Boilerplate</legend>
        <label title="Leave out scraped junk: widget errors, related-story lists, newsletter pitches, repeated blocks">
          <input
            type="checkbox"
            checked={settings.clean}
            onChange={(event) => onChange({ ...settings, clean: event.target.checked })}
          />
          Clean
        </label>
        <label title="Show the text cleaning left out, struck through where it stood">
          <input
            type="checkbox"
            checked={settings.showRemoved}
            onChange={(event) => onChange({ ...settings, showRemoved: event.target.checked })}
          />
          Show removed text
        </label>
      </fieldset>
    </>
  );
  return (
    <div
      className={`options-bar${compact ? ' is-compact' : ''}`}
      role="toolbar"
      aria-label="Comparison options"
    >
      <fieldset className="segmented">
        <legend>Compare by</legend>
        {(['word', 'sentence'] as const).map((granularity) => (
          <label key={granularity}>
            <input
              type="radio"
              name="granularity"
              checked={settings.options.granularity === granularity}
              onChange={() => setOption('granularity', granularity)}
            />
            {granularity === 'word' ? 'Word' : 'Sentence'}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>Show</legend>
        {(['side-by-side', 'inline'] as const).map((layout) => (
          <label key={layout}>
            <input
              type="radio"
              name="layout"
              checked={settings.layout === layout}
              onChange={() => onChange({ ...settings, layout })}
            />
            {layout === 'side-by-side' ? 'Side by side' : 'Inline'}
          </label>
        ))}
      </fieldset>
      {compact ? (
        <details className="options-more">
          <summary title="What to ignore, and boilerplate cleaning">
            Ignore &amp; clean{activeCount > 0 ? ` (${activeCount} on)` : ''}
          </summary>
          <div className="options-more-panel">{more}</div>
        </details>
      ) : (
        more
      )}
      <label className="fold-toggle" title="Fold long runs of unchanged paragraphs">
        <input
          type="checkbox"
          checked={settings.collapseUnchanged}
          onChange={(event) => onChange({ ...settings, collapseUnchanged: event.target.checked })}
        />
        Fold unchanged
      </label>
    </div>
  );
}
