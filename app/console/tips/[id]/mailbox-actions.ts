'use server';

/** The tip page's conversation with the tipster: a message in words, and (issue 14) standard questions and reply templates. */
import { consoleAction } from '@/lib/http/console-action';
import { formText, formTexts } from '@/lib/http/form';
import { askQuestions, sendReplyTemplate } from '@/lib/questions/ask-questions';
import { messageTipster } from '@/lib/triage/message-tipster';
import { backToFormTip } from '@/lib/ui/triage/back-to-tip';

/** Back to the tip's conversation. */
const backWith = (notice: string) => backToFormTip(notice, 'messages-title');

export const messageTipsterAction = consoleAction(messageTipster, {
  read: (form) => ({ tipId: formText(form, 'tipId'), body: formText(form, 'body') }),
  done: backWith('triage.done_message'),
});

export const askQuestionsAction = consoleAction(askQuestions, {
  read: (form) => ({ tipId: formText(form, 'tipId'), questionIds: formTexts(form, 'questionId') }),
  done: backWith('mailboxConsole.done_asked'),
});

export const sendReplyTemplateAction = consoleAction(sendReplyTemplate, {
  read: (form) => ({ tipId: formText(form, 'tipId'), template: formText(form, 'template') }),
  done: backWith('mailboxConsole.done_template'),
});
