/**
 * What the predictive dialer's `hangupReason` codes mean (C: the constants of a public client of
 * the dialer API). A label to read beside the code, never a reason to act: codes 10 and 11 were not
 * seen, and a code missing here gets no label.
 */
export const hangupReasonLabels: Readonly<Partial<Record<number, string>>> = {
	0: 'Unknown',
	1: 'NoAgent after contact answering',
	2: 'Normal',
	3: 'Busy',
	4: 'Not In Use',
	5: 'Hold',
	6: 'Switched Off',
	7: 'Out of Area',
	8: 'Invalid',
	9: 'Wrong Number',
	12: 'Talked',
	13: 'AgentReject',
	14: 'UseHangUp',
	15: 'Fusing',
	16: 'AMD (answering machine detected)',
	17: 'Agent Network Failed',
	18: 'Call Attempt Limits',
	19: 'Contact Short Abandoned',
	20: 'Do-Not-Call',
};

/** The code's key in a dialer callback's `body`, and the key of the label the trigger adds beside it. */
export const hangupReasonKeys = { code: 'hangupReason', label: 'hangupReasonText' } as const;
