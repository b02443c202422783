import { locator } from '../../common/locators';

export const wabaAccountLocator = locator('wabaAccount', 'WABA Account', 'searchWabaAccounts', '1024');
export const templateLocator = locator('template', 'Template', 'searchTemplates', '35');
export const conversationLocator = locator('conversation', 'Conversation', 'searchConversations', 'a3f5c12a9b7e4d21');
