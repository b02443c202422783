// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { VirtualClock } from '../clock';
import { chatbotValues } from '../contract';
import type { SeededRandom } from '../random';
import type { ChatMessage, ConversationStore } from './chatbot';
import type { SandboxTemplate } from './chatbotCatalog';
import { renderTemplate } from './chatbotCatalog';

export interface TemplateReceiver {
	callee: string;
	caseId?: string;
	variables: Record<string, string>;
}

export interface ReceiverResult extends TemplateReceiver {
	msgId?: string;
	status: string;
	reason?: string;
}

export interface TemplateBatch {
	batchId: string;
	accountId: string;
	templateId: string;
	language: string;
	createdAt: number;
	results: ReceiverResult[];
}

/** Virtual ms between two receivers of a bulk send: results resolve one after another. */
export const receiverIntervalMs = 200;

/** Numbers ending in 9 are "not on WhatsApp" in the sandbox, so failures are predictable. */
export function isOnWhatsApp(callee: string): boolean {
	return !callee.endsWith('9');
}

/** Bulk and single template sends; each receiver's result resolves on the clock. */
export class TemplateSends {
	private readonly batches = new Map<string, TemplateBatch>();
	private sequence = 0;

	constructor(
		private readonly clock: VirtualClock,
		private readonly random: SeededRandom,
		private readonly conversations: ConversationStore,
		private readonly batchResolved: (batch: TemplateBatch) => void,
	) {}

	get(batchId: string): TemplateBatch | undefined {
		return this.batches.get(batchId);
	}

	list(): TemplateBatch[] {
		return [...this.batches.values()];
	}

	clear(): void {
		this.batches.clear();
	}

	/** Sends one template message now (a single send, or one receiver of a batch). */
	sendOne(template: SandboxTemplate, language: string, receiver: TemplateReceiver): { message: ChatMessage; delivered: boolean } {
		const conversation = this.conversations.openWith(template.accountId, receiver.callee);
		const message = this.conversations.send(conversation, {
			type: 'template',
			text: renderTemplate(template, receiver.variables),
			template: { id: template.id, name: template.name, language },
		});
		const delivered = isOnWhatsApp(receiver.callee);
		if (!delivered) this.conversations.fail(conversation, message);
		return { message, delivered };
	}

	/** A bulk send: every receiver is pending until its turn on the clock. */
	startBatch(template: SandboxTemplate, language: string, receivers: TemplateReceiver[]): TemplateBatch {
		const batch: TemplateBatch = {
			batchId: this.random.hexId(24, 'batch', ++this.sequence),
			accountId: template.accountId,
			templateId: template.id,
			language,
			createdAt: this.clock.now(),
			results: receivers.map((receiver) => ({ ...receiver, status: chatbotValues.sendStatuses.pending })),
		};
		this.batches.set(batch.batchId, batch);
		batch.results.forEach((result, index) => {
			this.clock.schedule(receiverIntervalMs * (index + 1), `template batch ${batch.batchId} #${index}`, () => {
				const { message, delivered } = this.sendOne(template, language, result);
				result.msgId = message.msgId;
				result.status = delivered ? chatbotValues.sendStatuses.sent : chatbotValues.sendStatuses.failed;
				if (!delivered) result.reason = 'the number is not a WhatsApp user';
				if (batch.results.every((entry) => entry.status !== chatbotValues.sendStatuses.pending)) this.batchResolved(batch);
			});
		});
		return batch;
	}
}
