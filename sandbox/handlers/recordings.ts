// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { endpoints } from '../contract';
import { SandboxError, sandboxErrorCodes } from '../http/envelope';
import type { HandlerTable } from './types';

const { recordingGetCall, recordingGetTask } = endpoints;

/**
 * Recordings answer, like the vendor may, either JSON with a pre-signed URL or the file itself
 * (fault option `recordingsAs: 'file'`): the node has to handle both.
 */
export const recordingHandlers: HandlerTable = {
	recordingGetCall: {
		kinds: { callee: 'phone' },
		handle(world, { values, recordingsAs }) {
			const task = world.tasks.require(values.taskId as string);
			const callee = values.callee as string;
			const calls = task.calls.filter((call) => call.callee === callee);
			if (calls.length === 0) {
				throw SandboxError.param(recordingGetCall.fields.callee.wire, `${callee} is not a callee of task "${task.taskId}"`, sandboxErrorCodes.calleeNotFound);
			}
			const recorded = calls.filter((call) => call.hasRecording).pop();
			if (!recorded) {
				throw SandboxError.param(recordingGetCall.fields.callee.wire, `no recording for ${callee} (the call was not answered or has not ended)`, sandboxErrorCodes.noRecording);
			}
			if (recordingsAs === 'file') return { file: world.recordings.callFile(recorded) };
			return { data: { ...world.rows.call(recorded), [recordingGetCall.result.recordingUrl]: world.recordings.callUrl(recorded) } };
		},
	},

	recordingGetTask: {
		kinds: {},
		handle(world, { values, recordingsAs }) {
			const task = world.tasks.require(values.taskId as string);
			if (!task.calls.some((call) => call.hasRecording)) {
				throw SandboxError.param(recordingGetTask.fields.taskId.wire, `task "${task.taskId}" has no recordings yet`, sandboxErrorCodes.noRecording);
			}
			if (recordingsAs === 'file') return { file: world.recordings.taskArchive(task) };
			return { data: { [recordingGetTask.result.recordingUrl]: world.recordings.taskUrl(task) } };
		},
	},
};
