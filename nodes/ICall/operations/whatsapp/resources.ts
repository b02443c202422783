import type { ResourceRegistry } from '../define';
import * as conversation from './conversation/index';
import * as file from './file/index';
import * as message from './message/index';
import * as template from './template/index';
import { templateMessage } from './templateMessage';
import * as wabaAccount from './wabaAccount/index';

/** Every implemented resource of the AIRudder WhatsApp node (the chatbot section of the API). */
export const whatsAppResources: ResourceRegistry = {
	conversation: { name: 'Conversation', module: conversation },
	file: { name: 'File', module: file },
	message: { name: 'Message', module: message },
	template: { name: 'Template', module: template },
	templateMessage: { name: 'Template Message', module: templateMessage },
	wabaAccount: { name: 'WABA Account', module: wabaAccount },
};
