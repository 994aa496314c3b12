/** The standard questions, in the order supervisors gave them. */
import type { Db, Tx } from '@/lib/db/client';
import { wellFormedIds } from '@/lib/ids';
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
  const wellFormed = wellFormedIds([...new Set(ids)]);
  if (wellFormed.length === 0) return new Map();
  const rows = await client.standardQuestion.findMany({ where: { id: { in: wellFormed } }, select: SELECT });
  return new Map(rows.map((row) => [row.id, questionFromRow(row)]));
}
