import { conversationRow, messageRow, templateRow, wabaAccountRow } from './chatbotModel';
import type { ExpectedAnswer } from './types';

/** A template's languages and variables are lists: the template check reads them as such. */
const templateAnswer: Omit<ExpectedAnswer, 'holds'> = {
	fields: Object.values(templateRow),
	nested: { [templateRow.languages]: 'list', [templateRow.variables]: 'list' },
	tag: 'M',
};

/** The answers of the WhatsApp node's read endpoints as its pickers and checks read them (all M). */
export const chatbotAnswers = {
	wabaAccountGetMany: { holds: 'rows', fields: Object.values(wabaAccountRow), tag: 'M' },
	templateGetMany: { holds: 'rows', ...templateAnswer },
	templateGet: { holds: 'object', ...templateAnswer },
	conversationGetMany: { holds: 'rows', fields: Object.values(conversationRow), tag: 'M' },
	messageGetMany: { holds: 'rows', fields: Object.values(messageRow), tag: 'M' },
} satisfies Record<string, ExpectedAnswer>;
