/**
 * What the inbox and My queue say about a tipster's messages nobody has opened yet
 * (Message.unread, cleared when the tip's page is opened: lib/triage/view-tip.ts): how many,
 * and whether one of them answers "Are you safe right now?" with "No", which is shown as urgent.
 */
import type { Db, Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';

/** The standard question whose "No" is a tipster in danger now (lib/questions/seed-questions.ts). */
export const SAFETY_QUESTION_KEY = 'you_safe';

export interface ReplyFlags {
  unreadReplies: number;
  notSafe: boolean;
}

export const NO_REPLY_FLAGS: ReplyFlags = { unreadReplies: 0, notSafe: false };

export async function replyFlags(client: Db | Tx, tipIds: readonly string[]): Promise<Map<string, ReplyFlags>> {
  if (tipIds.length === 0) return new Map();
  const rows = await client.$queryRaw<{ tipId: string; unreadReplies: number; notSafe: boolean }[]>(Prisma.sql`
    SELECT m."tipId", count(*)::int AS "unreadReplies",
           coalesce(bool_or(q.key = ${SAFETY_QUESTION_KEY} AND m.answer->>'value' = 'no'), false) AS "notSafe"
    FROM "Message" m
    LEFT JOIN "Message" asked ON asked.id = m."answersId"
    LEFT JOIN "StandardQuestion" q ON q.id = asked."questionId"
    WHERE m."tipId" = ANY(${[...tipIds]}::uuid[]) AND m.unread AND m.direction = 'FROM_TIPSTER'
    GROUP BY m."tipId"`);
  return new Map(rows.map((row) => [row.tipId, { unreadReplies: row.unreadReplies, notSafe: row.notSafe }]));
}
