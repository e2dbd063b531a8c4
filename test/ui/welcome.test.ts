// With no credentials anywhere and no emulator endpoint (the level's environment has no AWS keys, config
// files or instance metadata: test/runners/awsIsolation.ts), the view shows its welcome content: what is
// wrong and the buttons that fix it. Takes the README's welcome screenshot.
import * as assert from 'node:assert/strict';
import { screenshotDir } from '../support/workbench/artifacts';
import { useUiSession } from '../support/workbench/session';

describe('ui: the welcome view without credentials', function () {
  this.timeout(60_000);
  const session = useUiSession({ extension: 'working-tree', settings: { 'cognito.endpoint': '' } });

  it('says no credentials were found and offers to select a profile, use a local emulator or add a connection', async () => {
    const wb = session.workbench;
    await wb.openCognitoView();
    const welcome = wb.userPoolsView.locator('.welcome-view-content');
    await welcome.getByText('No AWS credentials were found for the Cognito view.').waitFor();
    assert.deepEqual(await welcome.locator('.monaco-button').allInnerTexts(), ['Select AWS Profile', 'Use a Local Emulator', 'Add Connection']);
    assert.equal(await wb.userPoolsView.getByRole('treeitem').count(), 0, 'no error node: the welcome content explains');
    await wb.page.locator('.statusbar-item', { hasText: 'default · us-east-1' }).first().waitFor();
    await wb.screenshot(screenshotDir(), 'welcome.png');
  });
});
