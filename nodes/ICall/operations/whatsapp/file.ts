import { endpoints } from '../../api/contract/chatbot';
import type { Endpoint } from '../../api/contract/types';
import type { OperationCopy } from '../define';
import { defineOperation, defineResource } from '../define';
import { uploadPerItem, uploadProperties } from './uploads';

/** Both operations upload one binary per item; only the endpoint and the words differ. */
function uploadOperation(endpoint: Endpoint, copy: OperationCopy) {
	return defineOperation(endpoint, copy, uploadProperties, async function (items) {
		return await uploadPerItem(this, items, endpoint);
	});
}

const upload = uploadOperation(endpoints.fileUpload, {
	name: 'Upload',
	action: 'Upload a file',
	description: 'Upload a binary file (image, document, audio, video) to send it later by its file ID',
});

const uploadMapThumbnail = uploadOperation(endpoints.fileUploadMapThumbnail, {
	name: 'Upload Map Thumbnail',
	action: 'Upload a map thumbnail',
	description: 'Upload the Google Maps picture shown with a location message',
});

export const file = defineResource('File', [upload, uploadMapThumbnail]);
