// Test code never ships: the shape of an answer keeps its keys and types and drops every value.
import { chatbotAnswers } from '../../../nodes/ICall/api/contract/chatbotAnswers';
import { icallAnswers } from '../../../nodes/ICall/api/contract/icallAnswers';
import { judgeAnswer } from '../../../nodes/ICall/operations/accountCheck/answer';
import { shapeOf, shownKey } from '../../../nodes/ICall/operations/shape';

describe('shapeOf', () => {
	it('gives key paths and types, text as its form and length class, one path for the elements of a list', () => {
		const answer = {
			code: 200,
			data: {
				list: [
					{ Callee: '+6281234567890', StartTime: '2026-11-25 09:00:00', RecordingURL: 'https://x.example/a.wav', Name: 'Budi Santoso', Note: null },
					{ Callee: '', Variables: { amount: 5 } },
				],
				total: 2,
			},
		};
		expect(shapeOf(answer)).toEqual({
			code: 'number',
			data: 'object',
			'data.list': 'list',
			'data.list[]': 'object',
			'data.list[].Callee': 'text (digits, short) | text (empty)',
			'data.list[].StartTime': 'text (date, medium)',
			'data.list[].RecordingURL': 'text (URL, medium)',
			'data.list[].Name': 'text (short)',
			'data.list[].Note': 'null',
			'data.list[].Variables': 'object',
			'data.list[].Variables.amount': 'number',
			'data.total': 'number',
		});
	});

	it('hides keys that may be values: numbers, spaces, phone numbers', () => {
		expect(['TaskID', 'waba_account_id', '+6281234567890', 'Budi Santoso', 'row12345'].map(shownKey)).toEqual(['TaskID', 'waba_account_id', '<key>', '<key>', '<key>']);
		expect(JSON.stringify(shapeOf({ '+6281234567890': { name: 'Budi' } }))).not.toMatch(/6281|Budi/);
	});

	it('describes a value that is not an object whole', () => {
		expect(shapeOf('Gateway timeout')).toEqual({ '(whole)': 'text (short)' });
	});
});

describe('judgeAnswer', () => {
	const robots = icallAnswers.robotGetMany;

	it('finds nothing to say about an answer the package reads as it is', () => {
		const judged = judgeAnswer({ code: 200, data: [{ RobotID: 'r1', RobotName: 'A', Extra: 1 }] }, robots);
		expect(judged).toMatchObject({ differences: [], unmodeledFields: ['Extra'], refused: false, envelopeCode: 200 });
	});

	it('takes a code of "200" as success, as the client does, and another code as a refusal', () => {
		expect(judgeAnswer({ code: '200', data: [] }, robots).refused).toBe(false);
		expect(judgeAnswer({ code: 10506, message: 'no such task T1' }, robots)).toMatchObject({ refused: true, envelopeCode: 10506, differences: [] });
	});

	it('names a field of another type and a missing field', () => {
		const judged = judgeAnswer({ code: 200, data: { template_id: '1', name: 'x', languages: 'en', variables: [] } }, chatbotAnswers.templateGet);
		expect(judged.differences).toEqual(['field "languages" holds text (short), where the package expects a list']);
		expect(judgeAnswer({ code: 200, data: [{ RobotName: 'A' }] }, robots).differences).toEqual(['field "RobotID" is missing']);
	});

	it('names a page with two lists, and an answer that is no envelope', () => {
		expect(judgeAnswer({ code: 200, data: { list: [], others: [] } }, robots).differences).toEqual([
			'the paging rule cannot find the list: "data" has 2 lists, the rule needs exactly one; lists sit at "data.list", "data.others"',
		]);
		expect(judgeAnswer([1, 2], robots).differences).toEqual(['the answer is list, not a JSON envelope']);
	});

	it('takes an empty list as matching: the account has no rows yet', () => {
		expect(judgeAnswer({ code: 200, data: { list: [], total: 0 } }, icallAnswers.taskGetMany)).toMatchObject({ differences: [], rows: [] });
	});
});
