/** Helpers for the follow-up card tests: walk card JSON for actions, inputs and texts. */
type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export function walk(value: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v) => walk(v, visit));
    return;
  }
  if (!isNode(value)) return;
  visit(value);
  Object.values(value).forEach((v) => walk(v, visit));
}

export function nodesOfType(cardJson: unknown, type: string): Node[] {
  const out: Node[] = [];
  walk(cardJson, (n) => {
    if (n.type === type) out.push(n);
  });
  return out;
}

/** The data objects of every Action.Execute in the card. */
export function executeData(cardJson: unknown): Node[] {
  return nodesOfType(cardJson, 'Action.Execute').map((a) => a.data as Node);
}

export function allText(cardJson: unknown): string {
  return nodesOfType(cardJson, 'TextBlock')
    .map((n) => String(n.text))
    .join('\n');
}

export function actionTitles(cardJson: unknown): string[] {
  const out: string[] = [];
  walk(cardJson, (n) => {
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && typeof n.title === 'string')
      out.push(n.title);
  });
  return out;
}
