import { endpoints } from '../../api/contract/calling';
import { defineOperation, defineResource } from '../define';
import { readLocator, taskLocator } from '../fields';
import { downloadProperties, numberRecordingsOperation, recordingsPerItem, safeFileName } from '../recordings';

/** The recording of one callee in a task, named "<TaskID>_<number>.<ext>". */
const getCall = numberRecordingsOperation(
	endpoints.recordingGetCall,
	{ name: 'Get Call Recording', action: 'Get the recording of a call', description: 'The audio of one number in a task' },
	taskLocator,
	'taskId',
	'The number that was called, in E.164',
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
