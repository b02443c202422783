import { chatbotAnswers } from '../../api/contract/chatbotAnswers';
import { endpoints } from '../../api/contract/chatbot';
import { conversationRow, templateRow, wabaAccountRow } from '../../api/contract/chatbotModel';
import { accountResource, checkStep } from '../accountCheck/check';

/** The chatbot reads: the accounts, then each account-wide list of the first account, then one detail of each. */
export const account = accountResource('AIRudder WhatsApp', [
	checkStep({ endpoint: endpoints.wabaAccountGetMany, expected: chatbotAnswers.wabaAccountGetMany, finds: { id: 'WABA account', field: wabaAccountRow.wabaAccountId } }),
	checkStep({
		endpoint: endpoints.templateGetMany,
		needs: { id: 'WABA account', field: 'wabaAccountId' },
		expected: chatbotAnswers.templateGetMany,
		finds: { id: 'template', field: templateRow.templateId },
	}),
	checkStep({
		endpoint: endpoints.conversationGetMany,
		needs: { id: 'WABA account', field: 'wabaAccountId' },
		expected: chatbotAnswers.conversationGetMany,
		finds: { id: 'conversation', field: conversationRow.conversationId },
	}),
	checkStep({ endpoint: endpoints.templateGet, needs: { id: 'template', field: 'templateId' }, expected: chatbotAnswers.templateGet }),
	checkStep({ endpoint: endpoints.messageGetMany, needs: { id: 'conversation', field: 'conversationId' }, expected: chatbotAnswers.messageGetMany }),
]);
