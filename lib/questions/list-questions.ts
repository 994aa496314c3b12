/** The standard questions, in the order supervisors gave them. */
import type { Db, Tx } from '@/lib/db/client';
import { questionFromRow, type StandardQuestionView } from './standard-questions';

const SELECT = { id: true, key: true, kind: true, text: true, choices: true, active: true } as const;

export async function listQuestions(client: Db | Tx, options: { activeOnly?: boolean } = {}): Promise<StandardQuestionView[]> {
  const rows = await client.standardQuestion.findMany({
    where: options.activeOnly ? { active: true } : {},
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    select: SELECT,
    take: 500,
  });
  return rows.map(questionFromRow);
}

export async function questionsById(client: Db | Tx, ids: readonly string[]): Promise<Map<string, StandardQuestionView>> {
  if (ids.length === 0) return new Map();
  const rows = await client.standardQuestion.findMany({ where: { id: { in: [...new Set(ids)] } }, select: SELECT });
  return new Map(rows.map((row) => [row.id, questionFromRow(row)]));
}
