// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { VirtualClock } from '../clock';
import type { EndpointId } from '../contract';
import type { FieldKinds } from '../http/validation';
import type { RecordingLibrary, StreamedFile } from '../media/recordings';
import type { ChatbotWorld } from '../state/chatbotWorld';
import type { PlanStore } from '../state/plans';
import type { RowBuilder } from '../state/rows';
import type { TaskStore } from '../state/tasks';
import type { WabaStore } from '../state/wabaTasks';
import type { WorkflowRowBuilder } from '../state/workflowRows';
import type { WorkflowStore } from '../state/workflows';

/** Everything a handler may read or change. */
export interface SandboxWorld {
	clock: VirtualClock;
	tasks: TaskStore;
	plans: PlanStore;
	rows: RowBuilder;
	recordings: RecordingLibrary;
	chatbot: ChatbotWorld;
	workflows: WorkflowStore;
	waba: WabaStore;
	workflowRows: WorkflowRowBuilder;
	/** Vendor rules a test can switch on (see SandboxOptions). */
	rules: { uniqueTaskNames: boolean };
}

export interface HandlerRequest {
	/** Validated values by contract field key (`taskId`, `callees`, ...). */
	values: Record<string, unknown>;
	/** Whether recordings are answered as a JSON URL or as the bytes (fault option recordingsAs). */
	recordingsAs: 'url' | 'file';
}

/** JSON `data` for the success envelope, or a file streamed as the whole answer. */
export type HandlerResult = { data: unknown } | { file: StreamedFile };

export interface EndpointHandler {
	/** Types of the endpoint's fields by contract key; unlisted fields are plain strings. */
	kinds: FieldKinds;
	handle(world: SandboxWorld, request: HandlerRequest): HandlerResult;
}

export type HandlerTable = Partial<Record<EndpointId, EndpointHandler>>;
