import type { IExecuteFunctions, INodeExecutionData, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { forOperation } from '../../define';
import { uploadPerItem, uploadProperties } from '../files';

const endpoint = endpoints.fileUpload;

export const option: INodePropertyOptions = {
	name: 'Upload',
	value: 'upload',
	action: 'Upload a file',
	description: 'Upload a binary file (image, document, audio, video) to send it later by its file ID',
};

export const description = forOperation('file', 'upload', uploadProperties(endpoint));

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await uploadPerItem(this, items, endpoint);
}
