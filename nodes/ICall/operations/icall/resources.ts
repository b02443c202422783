import type { INodeProperties } from 'n8n-workflow';
import type { ResourceRegistry } from '../define';
import { propertiesOf } from '../engine';
import * as call from './call/index';
import * as plan from './plan/index';
import * as recording from './recording/index';
import * as robot from './robot/index';
import * as strategy from './strategy/index';
import { task } from './task';
import * as workflow from './workflow/index';
import * as workflowCall from './workflowCall/index';
import * as workflowContact from './workflowContact/index';
import * as workflowTask from './workflowTask/index';
import * as workflowTemplate from './workflowTemplate/index';
import * as workflowWaba from './workflowWaba/index';

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

/** The AIRudder iCall node's properties. */
export const nodeProperties: INodeProperties[] = propertiesOf(resources, 'task');
