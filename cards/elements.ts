/**
 * Small typed helpers for Adaptive Card 1.5 JSON. Cards are plain data: no botbuilder here.
 * Teams chart elements (Chart.Line, Chart.VerticalBar, Chart.Gauge) carry a `fallback` so that
 * clients without charts (and the adaptivecards validator) get a FactSet/TextBlock instead.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type CardElement = { type: string; [key: string]: Json | undefined };
export type CardAction = { type: string; [key: string]: Json | undefined };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  refresh?: Json;
  msteams?: Json;
  [key: string]: Json | undefined;
}

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export function card(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  const c: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    msteams: { width: 'Full' },
  };
  if (actions.length > 0) c.actions = actions;
  return c;
}

export interface TextOptions {
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  color?: 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  separator?: boolean;
  id?: string;
  style?: 'default' | 'heading';
}

export function text(value: string, options: TextOptions = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function heading(value: string): CardElement {
  return text(value, { size: 'Large', weight: 'Bolder', style: 'heading' });
}

export function facts(pairs: ReadonlyArray<readonly [string, string]>): CardElement {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

export function container(
  items: CardElement[],
  options: {
    style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
    separator?: boolean;
    spacing?: TextOptions['spacing'];
    id?: string;
  } = {},
): CardElement {
  return { type: 'Container', items, ...options };
}

export function columns(cols: Array<{ items: CardElement[]; width?: string }>): CardElement {
  return {
    type: 'ColumnSet',
    columns: cols.map((c) => ({ type: 'Column', width: c.width ?? 'stretch', items: c.items })),
  };
}

/** Data carried by every action: the verb plus its payload (validated by zod on return). */
export type ActionData = { verb: string; [key: string]: Json };

/** Action.Execute: for standalone cards that update in place. */
export function executeAction(
  title: string,
  data: ActionData,
  style?: 'positive' | 'destructive',
): CardAction {
  const a: CardAction = { type: 'Action.Execute', title, verb: data.verb, data };
  if (style) a.style = style;
  return a;
}

/** Action.Submit: inside dialog flows. `msteams.feedback.hide` keeps Teams from echoing. */
export function submitAction(
  title: string,
  data: ActionData,
  style?: 'positive' | 'destructive',
): CardAction {
  const a: CardAction = { type: 'Action.Submit', title, data };
  if (style) a.style = style;
  return a;
}

/** The verb of a button that stands for a typed phrase: the bot answers `text` as if written. */
export const SAY_VERB = 'core.say';

/**
 * A button that asks the bot as if the user had typed `textToSend`. A plain Action.Submit with
 * `{ verb: 'core.say', text }`: Teams and the Agents Playground both send it as a message whose
 * value is that data (Teams' `msteams` imBack data makes the Playground throw and send nothing).
 */
export function sayAction(title: string, textToSend: string): CardAction {
  return { type: 'Action.Submit', title, data: { verb: SAY_VERB, text: textToSend } };
}

export function showCardAction(
  title: string,
  inner: { body: CardElement[]; actions?: CardAction[] },
): CardAction {
  const c: Json = {
    type: 'AdaptiveCard',
    body: inner.body,
    ...(inner.actions ? { actions: inner.actions } : {}),
  };
  return { type: 'Action.ShowCard', title, card: c };
}

export function actionSet(actions: CardAction[]): CardElement {
  return { type: 'ActionSet', actions };
}

interface InputCommon {
  id: string;
  label: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export function textInput(
  o: InputCommon & {
    placeholder?: string;
    maxLength?: number;
    isMultiline?: boolean;
    value?: string;
  },
): CardElement {
  return { type: 'Input.Text', ...o };
}

export function dateInput(
  o: InputCommon & { value?: string; min?: string; max?: string },
): CardElement {
  return { type: 'Input.Date', ...o };
}

export function numberInput(
  o: InputCommon & { value?: number; min?: number; max?: number; placeholder?: string },
): CardElement {
  return { type: 'Input.Number', ...o };
}

export function choiceInput(
  o: InputCommon & {
    choices: ReadonlyArray<{ title: string; value: string }>;
    value?: string;
    style?: 'compact' | 'expanded' | 'filtered';
    isMultiSelect?: boolean;
  },
): CardElement {
  const { choices, ...rest } = o;
  return {
    type: 'Input.ChoiceSet',
    ...rest,
    choices: choices.map((c) => ({ title: c.title, value: c.value })),
  };
}

export function toggleInput(
  o: InputCommon & { title: string; value?: 'true' | 'false' },
): CardElement {
  return { type: 'Input.Toggle', ...o, valueOn: 'true', valueOff: 'false' };
}

/* ---------- Teams chart elements (not part of the Adaptive Card 1.5 schema) ---------- */

/**
 * Colours of the Teams charts. A chart never tells things apart by colour alone: each series or
 * bar is also named (legend, label) and the numbers are in a FactSet beside or behind it.
 */
export type ChartColor =
  | 'good'
  | 'warning'
  | 'attention'
  | 'neutral'
  | 'categoricalBlue'
  | 'categoricalPurple'
  | 'categoricalMarigold'
  | 'categoricalTeal';

/** Shared by every chart: `lang` lets Teams format the numbers in the reader's language. */
interface ChartCommon {
  title: string;
  fallback: CardElement;
  lang?: string;
}

function common(type: string, o: ChartCommon): CardElement {
  return { type, title: o.title, ...(o.lang ? { lang: o.lang } : {}), fallback: o.fallback };
}

export interface LineSeries {
  legend: string;
  values: Array<{ x: string; y: number }>;
  color?: ChartColor;
}

export function chartLine(
  o: ChartCommon & {
    series: LineSeries[];
    xAxisTitle?: string;
    yAxisTitle?: string;
    /** The y axis from `yMin` to `yMax` (give round numbers so the steps are round). */
    yMin?: number;
    yMax?: number;
    showLegend?: boolean;
  },
): CardElement {
  return {
    ...common('Chart.Line', o),
    ...(o.xAxisTitle ? { xAxisTitle: o.xAxisTitle } : {}),
    ...(o.yAxisTitle ? { yAxisTitle: o.yAxisTitle } : {}),
    ...(o.yMin !== undefined ? { yMin: o.yMin } : {}),
    ...(o.yMax !== undefined ? { yMax: o.yMax } : {}),
    ...(o.showLegend !== undefined ? { showLegend: o.showLegend } : {}),
    data: o.series.map((s) => ({
      legend: s.legend,
      values: s.values,
      ...(s.color ? { color: s.color } : {}),
    })),
  };
}

export function chartVerticalBar(
  o: ChartCommon & { data: Array<{ x: string; y: number; color?: ChartColor }> },
): CardElement {
  return { ...common('Chart.VerticalBar', o), data: o.data };
}

/** Bars side by side with their whole label on the left: for names that do not fit under a bar. */
export function chartHorizontalBar(
  o: ChartCommon & {
    data: Array<{ x: string; y: number; color?: ChartColor }>;
    xAxisTitle?: string;
    yAxisTitle?: string;
    displayMode?: 'AbsoluteWithAxis' | 'AbsoluteNoAxis';
  },
): CardElement {
  return {
    ...common('Chart.HorizontalBar', o),
    ...(o.xAxisTitle ? { xAxisTitle: o.xAxisTitle } : {}),
    ...(o.yAxisTitle ? { yAxisTitle: o.yAxisTitle } : {}),
    ...(o.displayMode ? { displayMode: o.displayMode } : {}),
    data: o.data,
  };
}

export function chartGauge(
  o: ChartCommon & {
    value: number;
    min: number;
    max: number;
    segments: Array<{ size: number; legend: string; color?: ChartColor }>;
    valueFormat?: 'Percentage' | 'Fraction';
    subLabel?: string;
  },
): CardElement {
  return {
    ...common('Chart.Gauge', o),
    value: o.value,
    min: o.min,
    max: o.max,
    segments: o.segments,
    ...(o.valueFormat ? { valueFormat: o.valueFormat } : {}),
    ...(o.subLabel ? { subLabel: o.subLabel } : {}),
    showLegend: true,
  };
}

/** Required properties per Teams-only element type (checked by the test validator). */
export const TEAMS_CHART_ELEMENTS: Record<string, readonly string[]> = {
  'Chart.Line': ['data'],
  'Chart.VerticalBar': ['data'],
  'Chart.HorizontalBar': ['data'],
  'Chart.Gauge': ['value'],
};
