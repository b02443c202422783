import type { ResourceRegistry } from '../define';
import { registryOf } from '../define';
import { account } from './account';
import { conversation } from './conversation';
import { file } from './file';
import { message } from './message';
import { template } from './template';
import { templateMessage } from './templateMessage';
import { wabaAccount } from './wabaAccount';

/** Every implemented resource of the AIRudder WhatsApp node (the chatbot section of the API), in the order of the Resource selector. */
export const whatsAppResources: ResourceRegistry = registryOf([account, conversation, file, message, template, templateMessage, wabaAccount]);
