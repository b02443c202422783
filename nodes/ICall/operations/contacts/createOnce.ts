import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { writeMayHaveArrived } from '../../api/errors';
import type { Endpoint } from '../../api/contract/types';
import { asNodeError, dataAsItem, sendFields } from '../engine';
import { inputError } from '../fields';
import type { CreateOnce } from './send';

/**
 * A create whose name is unique at AIRudder happens exactly once. The user chooses what an existing
 * name means (refused by AIRudder, or the existing one used and nothing sent). When the answer to
 * the create is lost (the request may or may not have reached AIRudder), the name is looked up:
 * found, it is the one created; provably absent, the create is sent again. A re-run after a crash
 * therefore never calls the same list twice.
 */

const IF_NAME_EXISTS = 'If the Name Exists';

/** How often a create whose answers keep getting lost is sent, in all; each time after a lookup found nothing. */
const MOST_SENDS = 3;

export function nameExistsProperty(thing: string): INodeProperties {
	return {
		displayName: IF_NAME_EXISTS,
		name: 'ifNameExists',
		type: 'options',
		default: 'fail',
		description: `What happens when a ${thing} of this name already exists (names are unique at AIRudder)`,
		options: [
			{ name: 'Fail', value: 'fail', description: `AIRudder refuses the new ${thing}; nothing is sent` },
			{
				name: 'Use the Existing One',
				value: 'useExisting',
				description: `The existing ${thing} is output, marked "existing", and nothing is sent (use it to re-run a workflow safely)`,
			},
		],
	};
}

export interface NamedCreate {
	endpoint: Endpoint;
	/** The contract key of the name among the request fields, and its label. */
	nameKey: string;
	nameLabel: string;
	/** What is created, in words: "task". */
	thing: string;
	/** Every existing row of that name. */
	findByName(name: string, itemIndex: number): Promise<IDataObject[]>;
}

/** The create of `named`, made exactly once; see the file comment. */
export function createOnce(context: IExecuteFunctions, named: NamedCreate): CreateOnce {
	const { endpoint, thing, findByName } = named;
	const wireName = endpoint.fields[named.nameKey].wire;
	return {
		async existing(fields, itemIndex) {
			if (context.getNodeParameter('ifNameExists', itemIndex, 'fail') !== 'useExisting') return undefined;
			const name = String(fields[named.nameKey]);
			const found = await findByName(name, itemIndex);
			if (found.length > 1) {
				throw inputError(
					context,
					itemIndex,
					IF_NAME_EXISTS,
					`"${name}" is the name of ${found.length} ${thing}s, so "Use the Existing One" cannot tell which to use: give the ${thing} a name of its own (${named.nameLabel})`,
				);
			}
			return found[0];
		},
		async send(wire, itemIndex) {
			const name = String(wire[wireName]);
			for (let sends = 1; ; sends++) {
				try {
					return dataAsItem((await sendFields.call(context, endpoint, wire, itemIndex)).body);
				} catch (error) {
					if (!writeMayHaveArrived(error) || sends >= MOST_SENDS) throw asNodeError(context, error, itemIndex);
					const found = await findByName(name, itemIndex).catch(() => undefined);
					// The lookup failed too, or the name is not unique: only the user can tell what happened.
					if (found === undefined || found.length > 1) throw asNodeError(context, error, itemIndex);
					if (found.length === 1) return { ...found[0], foundAfterLostAnswer: true };
				}
			}
		},
	};
}
