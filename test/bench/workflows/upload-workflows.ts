// Dev tooling (benchmarks); never shipped in the n8n package.
// Upload scenario workflows: a file read from disk into n8n's binary storage, then sent as
// multipart/form-data by our WhatsApp node or by n8n's HTTP Request node.
import { endpoints } from '../../../sandbox/contract';
import { chainWorkflow, startWebhook, type CredentialRef, type Node } from './building-blocks';
import type { DrivenWorkflow } from './scenario-workflows';

export const WHATSAPP_NODE = 'n8n-nodes-airudder.iCallWhatsApp';
export const UPLOADER = 'Upload';

/** Every row of the upload suite starts with it, so a run of the suite alone replaces exactly its rows. */
export const UPLOAD_PREFIX = 'Upload:';

/** n8n's Read/Write Files from Disk node: the file goes into binary storage as a stream. */
function readFile(id: string, filePath: string): Node {
	return {
		id: `${id}-read`,
		name: 'Read file',
		type: 'n8n-nodes-base.readWriteFile',
		typeVersion: 1,
		position: [220, 0],
		parameters: { operation: 'read', fileSelector: filePath, options: {} },
	};
}

export function uploadThroughOurNode(id: string, filePath: string, credential: CredentialRef): DrivenWorkflow {
	const path = `bench-${id}`;
	return {
		path,
		workflow: chainWorkflow(id, 'bench: file upload, WhatsApp node', [
			startWebhook(path),
			readFile(id, filePath),
			{
				id: `${id}-upload`,
				name: UPLOADER,
				type: WHATSAPP_NODE,
				typeVersion: 1,
				position: [440, 0],
				parameters: { resource: 'file', operation: 'upload', binaryPropertyName: 'data', uploadOptions: { maxFileSizeMiB: 1024 } },
				credentials: { iCallApi: credential },
			},
		]),
	};
}

/** The same file and endpoint through n8n's HTTP Request node with our credential (form-data binary field). */
export function uploadThroughHttpRequest(id: string, filePath: string, baseUrl: string, credential: CredentialRef): DrivenWorkflow {
	const path = `bench-${id}`;
	const { fileUpload } = endpoints;
	return {
		path,
		workflow: chainWorkflow(id, 'bench: file upload, HTTP Request node', [
			startWebhook(path),
			readFile(id, filePath),
			{
				id: `${id}-upload`,
				name: UPLOADER,
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [440, 0],
				parameters: {
					method: fileUpload.method,
					url: `${baseUrl}${fileUpload.path}`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'iCallApi',
					sendBody: true,
					contentType: 'multipart-form-data',
					bodyParameters: { parameters: [{ parameterType: 'formBinaryData', name: fileUpload.fields.file.wire, inputDataFieldName: 'data' }] },
					options: {},
				},
				credentials: { iCallApi: credential },
			},
		]),
	};
}
