import { endpoints } from '../../api/contract/calling';
import { defineOperation, defineResource } from '../define';
import { phoneProperty, readLocator, readPhone, taskLocator } from '../fields';
import { downloadProperties, recordingsPerItem, safeFileName } from '../recordings';

const getCall = defineOperation(
	endpoints.recordingGetCall,
	{ name: 'Get Call Recording', action: 'Get the recording of a call', description: 'The audio of one number in a task' },
	[taskLocator, phoneProperty('callee', 'Phone Number', 'The number that was called, in E.164'), ...downloadProperties],
	/** The recording of one callee in a task, named "<TaskID>_<number>.<ext>". */
	async function (items) {
		return await recordingsPerItem.call(this, items, endpoints.recordingGetCall, (itemIndex) => {
			const taskId = readLocator(this, taskLocator, itemIndex);
			const callee = readPhone(this, 'callee', 'Phone Number', itemIndex);
			return { values: { taskId, callee }, baseName: safeFileName(taskId, callee) };
		});
	},
);

const getTask = defineOperation(
	endpoints.recordingGetTask,
	{ name: 'Get Task Recordings', action: 'Get all recordings of a task', description: 'A ZIP of every recording of a task' },
	[taskLocator, ...downloadProperties],
	/** Every recording of a task in one ZIP, named "<TaskID>_recordings.zip". */
	async function (items) {
		return await recordingsPerItem.call(this, items, endpoints.recordingGetTask, (itemIndex) => {
			const taskId = readLocator(this, taskLocator, itemIndex);
			return { values: { taskId }, baseName: safeFileName(taskId, 'recordings') };
		});
	},
);

export const recording = defineResource('Recording', [getCall, getTask]);
