// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { UploadStore } from '../media/uploads';
import type { ConversationStore } from './chatbot';
import type { TemplateSends } from './templateSends';

/** The chatbot part of the sandbox world. */
export interface ChatbotWorld {
	conversations: ConversationStore;
	templateSends: TemplateSends;
	uploads: UploadStore;
}
