import type { INodeProperties } from 'n8n-workflow';

import * as call from './call';
import type { OperationModule } from './common/operationModule';
import * as plan from './plan';
import * as recording from './recording';
import * as robot from './robot';
import * as strategy from './strategy';
import * as task from './task';
import * as workflow from './workflow';
import * as workflowCall from './workflowCall';
import * as workflowContact from './workflowContact';
import * as workflowTask from './workflowTask';
import * as workflowTemplate from './workflowTemplate';
import * as workflowWaba from './workflowWaba';

export interface ResourceModule {
	description: INodeProperties[];
	operations: Record<string, OperationModule>;
}

/** A node's resources (value → display name and module); its router and description read it. */
export type ResourceRegistry = Record<string, { name: string; module: ResourceModule }>;

/** Every implemented resource of the AIRudder iCall node. */
export const resources: ResourceRegistry = {
	call: { name: 'Call', module: call },
	plan: { name: 'Plan', module: plan },
	recording: { name: 'Recording', module: recording },
	robot: { name: 'Robot', module: robot },
	strategy: { name: 'Strategy', module: strategy },
	task: { name: 'Task', module: task },
	workflow: { name: 'Workflow', module: workflow },
	workflowCall: { name: 'Workflow Call', module: workflowCall },
	workflowContact: { name: 'Workflow Contact', module: workflowContact },
	workflowTask: { name: 'Workflow Outbound Task', module: workflowTask },
	workflowTemplate: { name: 'Workflow Template', module: workflowTemplate },
	workflowWaba: { name: 'Workflow WhatsApp Task', module: workflowWaba },
};
