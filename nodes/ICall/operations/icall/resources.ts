import type { INodeProperties } from 'n8n-workflow';
import type { ResourceRegistry } from '../define';
import { registryOf } from '../define';
import { propertiesOf } from '../engine';
import { account } from './account';
import { call } from './call';
import { plan } from './plan';
import { recording } from './recording';
import { robot } from './robot';
import { strategy } from './strategy';
import { task } from './task';
import { workflow } from './workflow';
import { workflowCall } from './workflowCall';
import { workflowContact } from './workflowContact';
import { workflowTask } from './workflowTask';
import { workflowTemplate } from './workflowTemplate';
import { workflowWaba } from './workflowWaba';

/** Every implemented resource of the AIRudder iCall node, in the order of the Resource selector. */
export const resources: ResourceRegistry = registryOf([
	account,
	call,
	plan,
	recording,
	robot,
	strategy,
	task,
	workflow,
	workflowCall,
	workflowContact,
	workflowTask,
	workflowTemplate,
	workflowWaba,
]);

/** The AIRudder iCall node's properties. */
export const nodeProperties: INodeProperties[] = propertiesOf(resources, task.value);
