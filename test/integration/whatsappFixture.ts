// Test code never ships: the WhatsApp node against the sandbox, plus a webhook receiver for its callbacks.
import type { INodeExecutionData } from 'n8n-workflow';

import { ICallWhatsApp } from '../../nodes/ICall/ICallWhatsApp.node';
import type { SandboxOptions } from '../../sandbox';
import type { ICallFixture } from './icallFixture';
import { byId, startFixture } from './icallFixture';

export async function startWhatsAppFixture(options: SandboxOptions = {}): Promise<ICallFixture> {
	return await startFixture(options, {}, new ICallWhatsApp());
}

export const collectionAccount = byId('waba-collection');
/** Template 41 "payment_reminder": en + id, variables name, amount, due_date. */
export const reminderTemplate = byId('41');

export function contacts(count: number, offset = 0): INodeExecutionData[] {
	return Array.from({ length: count }, (_, index) => ({
		json: {
			phone: `+62813${String(offset + index).padStart(7, '0')}`,
			loanId: `L${offset + index}`,
			name: `Contact ${offset + index}`,
			amount: String(200000 + index),
			due_date: '2026-12-15',
		},
	}));
}
