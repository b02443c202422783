// Test code never ships: n8n 2.x's editor as a user sees it. Every selector of n8n's UI lives here,
// so a change in n8n's markup is a change in this file only.
/* eslint-disable @n8n/community-nodes/require-node-api-error */
import type { Locator, Page, Response } from 'playwright-core';

const TIMEOUT_MS = 30000;

export class N8nEditor {
	constructor(
		readonly page: Page,
		private readonly baseUrl: string,
	) {}

	async signIn(email: string, password: string): Promise<void> {
		await this.page.goto(`${this.baseUrl}/signin`);
		await this.page.locator('input[name=emailOrLdapLoginId]').fill(email);
		await this.page.locator('input[name=password]').fill(password);
		await this.page.locator('[data-test-id=form-submit-button]').click();
		await this.page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: TIMEOUT_MS });
	}

	async openWorkflow(workflowId: string): Promise<void> {
		await this.page.goto(`${this.baseUrl}/workflow/${workflowId}`);
		await this.page.locator('[data-test-id=canvas-node]').first().waitFor({ timeout: TIMEOUT_MS });
		// n8n's collaboration banner ("Editing in another tab") covers the canvas while an earlier
		// tab of the same user still counts as present; take over the editing.
		const takeOver = this.page.locator('[class*=canvasCenterPill] button');
		if (await takeOver.isVisible()) await takeOver.click();
	}

	canvasNode(name: string): Locator {
		return this.page.locator(`[data-test-id=canvas-node][data-node-name="${name}"]`);
	}

	/** Opens a node's details view (NDV) the way a user does: double-click on the canvas. */
	async openNode(name: string): Promise<Locator> {
		await this.canvasNode(name).dblclick();
		const ndv = this.page.locator('[data-test-id=ndv]');
		await ndv.waitFor({ timeout: TIMEOUT_MS });
		return ndv;
	}

	async closeNode(): Promise<void> {
		const ndv = this.page.locator('[data-test-id=ndv]');
		if (await ndv.isVisible()) await this.page.locator('[data-test-id=ndv-close-button]').click();
		await ndv.waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
	}

	/**
	 * Opens a resource locator's list (switching the parameter to Fixed and the locator to
	 * "From list" when needed) and returns the list's entries as shown.
	 */
	async resourceLocatorEntries(parameterName: string): Promise<Locator> {
		const locator = this.page.locator(`[data-test-id=resource-locator-${parameterName}]`);
		await locator.waitFor({ timeout: TIMEOUT_MS });
		const parameter = this.page.locator('[data-test-id=parameter-item]').filter({ has: locator });
		await parameter.hover();
		const fixed = parameter.locator('[data-test-id=radio-button-fixed]');
		if ((await fixed.count()) && (await fixed.getAttribute('aria-checked')) !== 'true') await fixed.click();
		await locator.locator('[data-test-id=rlc-mode-selector]').click();
		await this.page.locator('[data-test-id=mode-list]:visible').click();
		await locator.locator('[data-test-id=rlc-input-container]').click();
		const entries = this.page.locator('[data-test-id=rlc-item]:visible');
		await entries.first().waitFor({ timeout: TIMEOUT_MS });
		return entries;
	}

	/** Opens the node's credential for editing; n8n tests it on opening. Returns that test's answer. */
	async openCredential(): Promise<{ dialog: Locator; test: Response }> {
		const test = this.credentialTestResponse();
		await this.page.locator('[data-test-id=ndv] [data-test-id=credential-edit-button]').click();
		const dialog = this.page.locator('[data-test-id=credential-edit-dialog]');
		await dialog.waitFor({ timeout: TIMEOUT_MS });
		return { dialog, test: await test };
	}

	/** Runs the credential test again with the dialog's Retry button. */
	async retestCredential(dialog: Locator): Promise<Response> {
		const test = this.credentialTestResponse();
		await dialog.getByText('Retry', { exact: true }).click();
		return await test;
	}

	credentialTestSuccess(dialog: Locator): Locator {
		return dialog.locator('[data-test-id=credentials-config-container-test-success]');
	}

	/** Escape closes the credential dialog (and, in n8n 2.41, the node view under it as well). */
	async closeCredential(): Promise<void> {
		await this.page.keyboard.press('Escape');
		await this.page.locator('[data-test-id=credential-edit-dialog]').waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
	}

	private async credentialTestResponse(): Promise<Response> {
		return await this.page.waitForResponse(
			(response) => response.url().endsWith('/rest/credentials/test') && response.request().method() === 'POST',
			{ timeout: TIMEOUT_MS },
		);
	}

	/** Clicks "Execute workflow" and waits for n8n's verdict toast. */
	async executeWorkflow(timeoutMs: number): Promise<void> {
		await this.page.locator('[data-test-id=execute-workflow-button]').click();
		const success = this.page.getByText('Workflow executed successfully');
		try {
			await success.first().waitFor({ timeout: timeoutMs });
		} catch {
			const toasts = await this.page.locator('.el-notification, [role=alert]').allTextContents();
			throw new Error(`the workflow did not finish successfully; n8n shows: ${toasts.join(' | ') || '(nothing)'}`);
		}
	}

	outputPanel(): Locator {
		return this.page.locator('[data-test-id=ndv] [data-test-id=output-panel]');
	}

	/** The production URL in the trigger node's "Webhook URLs" section. */
	async productionWebhookUrl(): Promise<string> {
		const webhooks = this.page.locator('[data-test-id=ndv] .webhooks');
		const headline = webhooks.locator('.headline');
		if (!((await headline.getAttribute('class')) ?? '').includes('expanded')) await headline.click();
		await webhooks.locator('[data-test-id=radio-button-production]').click();
		const url = webhooks.locator('.webhook-url');
		await url.waitFor({ timeout: TIMEOUT_MS });
		return ((await url.textContent()) ?? '').trim();
	}

	async screenshot(file: string): Promise<void> {
		await this.page.screenshot({ path: file });
	}
}
