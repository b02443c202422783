// Dev tooling for the iCall sandbox: never ships in the n8n package.
/**
 * Error codes of the chatbot model. The chatbot error table was unreadable (evidence 05), so these
 * are free numbers of the 10xxx range the sandbox already uses; clients must not branch on them.
 */
export const chatbotErrorCodes = {
	wabaAccountNotFound: 10540,
	templateNotFound: 10541,
	languageNotApproved: 10542,
	templateVariableMissing: 10543,
	conversationNotFound: 10544,
	conversationClosed: 10545,
	messageNotFound: 10546,
	fileNotFound: 10547,
	batchNotFound: 10549,
	noTransferRequested: 10550,
	sessionNotEnded: 10551,
	badMessage: 10552,
} as const;
