/** Global conventions of the iCall API; how sure we are of each lives with the sandbox's contract data. */

export const conventions = {
	baseUrl: { value: 'https://api.airudder.com' },
	auth: {
		method: 'POST',
		path: '/service/cloud/auth',
		appKey: 'APPKey',
		appSecret: 'APPSecret',
		/** The token sits at data.token of the success envelope. */
		token: 'token',
	},
	/** The cheap read that carries a login (and the credential test): the robot list (C / M). */
	loginCarrier: { method: 'GET', path: '/service/cloud/robot' },
	authorization: { header: 'Authorization', scheme: 'Token' },
	userAgent: { header: 'User-Agent', value: 'n8n-nodes-airudder' },
	envelope: {
		code: 'code',
		successCode: 200,
		messageKeys: ['message', 'status', 'msg'],
		data: 'data',
	},
	/** HTTP 401 is documented; the same code in the body is modeled as token-invalid too. */
	tokenInvalid: { httpStatus: 401, bodyCode: 401 },
	tokenLifetimeHours: { value: 24, sliding: true },
	/** Keys that may announce the total row count of a paginated answer (how our paging stops). */
	totalKeys: ['total', 'Total', 'count'],
	phoneNumber: { pattern: '^\\+[1-9]\\d{6,14}$' },
	times: {
		classic: { format: 'yyyy-MM-dd HH:mm:ss' },
		/**
		 * The zone AIRudder reads a classic time (`ScheduleStartTime`/`ScheduleEndTime`) in: its docs do
		 * not say (M). Modeled as the workflow API's clock, UTC+8, the one zone the API is seen to use.
		 */
		classicZone: { zone: 'UTC+8' },
		workflow: { format: "yyyy-MM-dd HH:mm:ss'+08:00'", zone: 'UTC+8' },
	},
	callbacks: {
		/** Our reply (M); a public receiver answers `{"status":"success"}`, so any 2xx JSON is accepted (C). */
		reply: { code: 200, status: 'OK' },
		signatureHeader: 'X-AIRudder-Sign',
		/**
		 * The header's algorithm is undocumented (M), so the user picks: both are lowercase hex over the
		 * raw body; the keyless one is the style of the documented `Signed` header.
		 */
		signatureStyles: {
			hmacSha256: 'hex HMAC-SHA256 of the raw body, keyed with a shared secret',
			sha256: 'hex SHA-256 of the raw body, no key',
		},
		userAgent: 'Airudder',
		/** Our model of the secret AIRudder staff paste into the URL: `?token=...` (M). */
		tokenQueryParameter: 'token',
		/**
		 * An encrypted callback is the base64 ciphertext as the whole body, with the `encryption` headers
		 * below (M, second edition). The first edition's wrapper `{"data": "<ciphertext>"}` is still read.
		 */
		encryptedBodyField: 'data',
		retryIntervalSeconds: 60,
		maxTries: 5,
	},
	/**
	 * Optional per-account encryption of API requests and responses (D): the cipher
	 * lives in api/crypto.ts; these are the wire markers. A GET carries the ciphertext of its whole
	 * query string raw after `?` (D); a POST carries the ciphertext as its body (M).
	 */
	encryption: {
		flagHeader: 'Is-Encrypted',
		flagValue: '1',
		signatureHeader: 'Signed',
		/** The documented header of every call (D); that it stays on a sealed body is our reading (M). */
		postContentType: 'application/json',
	},
	/** Task and plan names: unique, at most 30 characters, no spaces (vendor console guide, D). */
	taskName: { maxLength: 30, spacesAllowed: false },
	workflowLimits: { contactsPerWorkflow: 10000, contactsPerRequest: 1000 },
} as const;
