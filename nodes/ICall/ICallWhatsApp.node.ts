import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { routeTo, propertiesOf } from './operations/engine';
import { searchConversations, searchTemplates, searchWabaAccounts } from './operations/whatsapp/pickers';
import { whatsAppResources } from './operations/whatsapp/resources';

export class ICallWhatsApp implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AIRudder WhatsApp',
		name: 'iCallWhatsApp',
		icon: { light: 'file:icall.svg', dark: 'file:icall.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Send WhatsApp template and chat messages to real people through the AIRudder chatbot, answer agent transfers and read conversations',
		defaults: { name: 'AIRudder WhatsApp' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'iCallApi', required: true }],
		properties: propertiesOf(whatsAppResources, 'message'),
	};

	methods = {
		listSearch: { searchWabaAccounts, searchTemplates, searchConversations },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeTo.call(this, whatsAppResources);
	}
}
