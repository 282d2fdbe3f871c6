/** The widget kit: everything widgets share. Import from '@site/src/components/kit'. */
export { default as WidgetFrame } from './WidgetFrame';
export { NumberField, NumberListField, SelectField, TextField, FieldRow } from './fields';
export { useNumberField, useNumberListField } from './useNumberField';
export { useLibResult } from './useLibResult';
export { useChunkedRunner } from './useChunkedRunner';
export { default as RunnerControls } from './RunnerControls';
export { default as LineChart } from './charts/LineChart';
export { default as BarChart } from './charts/BarChart';
export { default as HeatMap } from './charts/HeatMap';
export { formatNumber, formatPercent, formatBytes } from './format';
export { default as Num } from './Num';
export { default as ResultTable, ResultRow } from './ResultTable';
export { default as ResultGrid, ResultItem } from './ResultGrid';
export { default as Presets, PresetButton, PresetRow } from './Presets';
export { default as ErrorAlert } from './ErrorAlert';
