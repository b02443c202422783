import { resourceDescription } from '../../define';
import * as upload from './upload.operation';
import * as uploadMapThumbnail from './uploadMapThumbnail.operation';

export const operations = { upload, uploadMapThumbnail };

export const description = resourceDescription('file', Object.values(operations), 'upload');
