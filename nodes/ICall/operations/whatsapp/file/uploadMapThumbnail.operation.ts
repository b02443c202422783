import type { IExecuteFunctions, INodeExecutionData, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { forOperation } from '../../define';
import { uploadPerItem, uploadProperties } from '../files';

const endpoint = endpoints.fileUploadMapThumbnail;

export const option: INodePropertyOptions = {
	name: 'Upload Map Thumbnail',
	value: 'uploadMapThumbnail',
	action: 'Upload a map thumbnail',
	description: 'Upload the Google Maps picture shown with a location message',
};

export const description = forOperation('file', 'uploadMapThumbnail', uploadProperties(endpoint));

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await uploadPerItem(this, items, endpoint);
}
