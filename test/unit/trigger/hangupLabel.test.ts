// Test-only code: it never ships (package.json "files" is ["dist"]).
import { withHangupLabel } from '../../../nodes/ICall/trigger/hangupLabel';
import { hangupReasonLabels } from '../../../nodes/ICall/api/contract/hangupReasons';

const contactStatus = (body: Record<string, unknown>) => ({ type: 'ContactStatus', body });

describe('the readable label beside a dialer hang-up code', () => {
	it('places the label right after the code, which stays as sent, number or digits', () => {
		const labelled = withHangupLabel('dialer.contactStatus', contactStatus({ callid: 'c1', hangupReason: 16, state: 'HANGUP' }));
		expect(labelled).toEqual(contactStatus({ callid: 'c1', hangupReason: 16, hangupReasonText: 'AMD (answering machine detected)', state: 'HANGUP' }));
		expect(Object.keys((labelled as { body: object }).body)).toEqual(['callid', 'hangupReason', 'hangupReasonText', 'state']);
		expect(withHangupLabel('dialer.taskStatus', { type: 'TaskStatus', body: { hangupReason: '20' } })).toEqual({
			type: 'TaskStatus',
			body: { hangupReason: '20', hangupReasonText: 'Do-Not-Call' },
		});
	});

	it('labels every code of the evidence, 0 to 20 except the unseen 10 and 11', () => {
		const codes = Object.keys(hangupReasonLabels).map(Number);
		expect(codes).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
		expect(hangupReasonLabels[0]).toBe('Unknown');
	});

	it('gives an unknown or malformed code no label, and leaves the payload as it is', () => {
		for (const hangupReason of [10, 11, 21, -1, 2.5, 'busy', '', null, true]) {
			const payload = contactStatus({ hangupReason });
			expect(withHangupLabel('dialer.contactStatus', payload)).toBe(payload);
		}
	});

	it('never replaces a key of the same name, and labels only dialer events', () => {
		const own = contactStatus({ hangupReason: 3, hangupReasonText: 'from the sender' });
		expect(withHangupLabel('dialer.contactStatus', own)).toBe(own);
		const notDialer = { type: 'ContactStatus', body: { hangupReason: 3 } };
		expect(withHangupLabel('unknown', notDialer)).toBe(notDialer);
		expect(withHangupLabel('dialer.agentStatus', 'text')).toBe('text');
	});
});
