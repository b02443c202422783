import type { ResourceRegistry } from '../registry';
import * as conversation from './conversation';
import * as file from './file';
import * as message from './message';
import * as template from './template';
import * as templateMessage from './templateMessage';
import * as wabaAccount from './wabaAccount';

/** Every implemented resource of the AIRudder WhatsApp node (the chatbot section of the API). */
export const whatsAppResources: ResourceRegistry = {
	conversation: { name: 'Conversation', module: conversation },
	file: { name: 'File', module: file },
	message: { name: 'Message', module: message },
	template: { name: 'Template', module: template },
	templateMessage: { name: 'Template Message', module: templateMessage },
	wabaAccount: { name: 'WABA Account', module: wabaAccount },
};
