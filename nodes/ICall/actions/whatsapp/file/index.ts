import * as upload from './upload.operation';
import * as uploadMapThumbnail from './uploadMapThumbnail.operation';
import { resourceDescription } from '../../common/operationModule';

export const operations = { upload, uploadMapThumbnail };

export const description = resourceDescription('file', Object.values(operations), 'upload');
